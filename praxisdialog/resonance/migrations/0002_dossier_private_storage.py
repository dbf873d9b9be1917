import secrets
import shutil
from pathlib import Path

from django.conf import settings
from django.db import migrations, models

import praxisdialog.core.storage
import praxisdialog.resonance.models


def move_dossiers_out_of_media(apps, schema_editor):
    """Dossiers were kept under MEDIA_ROOT with names made of the call's slug and a time,
    which anyone could guess and fetch. Each file moves to private storage under a random
    name; a file that is gone is forgotten, so the dossier is generated again."""
    Dossier = apps.get_model("resonance", "Dossier")
    media = Path(settings.MEDIA_ROOT)
    private = Path(settings.PRIVATE_ROOT)
    for dossier in Dossier.objects.exclude(file=""):
        source = media / dossier.file.name
        if not source.is_file():
            Dossier.objects.filter(pk=dossier.pk).update(file="", generated_at=None)
            continue
        name = f"dossiers/{secrets.token_hex(16)}.pdf"
        target = private / name
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        shutil.move(source, target)
        target.chmod(0o600)
        Dossier.objects.filter(pk=dossier.pk).update(file=name)


class Migration(migrations.Migration):
    dependencies = [
        ("resonance", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="dossier",
            name="file",
            field=models.FileField(
                blank=True,
                storage=praxisdialog.core.storage.private_storage,
                upload_to=praxisdialog.resonance.models.dossier_path,
                verbose_name="file",
            ),
        ),
        migrations.RunPython(move_dossiers_out_of_media, migrations.RunPython.noop),
    ]
