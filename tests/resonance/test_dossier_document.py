"""The dossier of the demo is a document to be proud of: every role and setting of the
call appears whole in its table (nothing cut off at the page edge), every chart has a
heading, and the PDF is tagged (PDF/UA) with a language and a title."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from praxisdialog.calls.models import Call
from praxisdialog.resonance import selectors, services
from praxisdialog.resonance.models import Dossier

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_dossier(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("seed_demo", verbosity=0)
    call = Call.objects.filter(status=Call.Status.PUBLISHED).first()
    dossier = services.dossier_request(call=call)
    dossier.refresh_from_db()
    if dossier.status != Dossier.Status.READY:
        dossier = services.dossier_generate(dossier=dossier)
    with dossier.file.open("rb") as handle:
        content = handle.read()
    # Kept with the browser tests' artefacts, to look at.
    out = Path("test-results/dossier-demo.pdf")
    out.parent.mkdir(exist_ok=True)
    out.write_bytes(content)
    return call, PdfReader(io.BytesIO(content))


def test_every_role_and_setting_of_the_call_appears_in_the_table(demo_dossier):
    call, reader = demo_dossier
    text = re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in reader.pages))
    data = selectors.snapshot_for(call) or None
    settings_, rows = selectors.grid_for(
        call=call, data=data.data if data else selectors.resonance_compute(call=call)
    )
    assert rows and settings_
    # The call's own roles and settings, read from the call rather than from the selector
    # that builds the table, so that a role the table drops is missed here.
    assert call.roles.exists() and call.settings.exists()
    for role in call.roles.all():
        assert str(role.label) in text, role.label
    for setting in call.settings.all():
        assert str(setting.label) in text, setting.label
    assert "Wer sich geäußert hat: Rollen und Umfelder" in text
    for row in rows:
        assert str(row.role.label) in text, row.role.label
    for setting in settings_:
        assert str(setting.label) in text, setting.label


def test_the_pdf_is_tagged_with_language_and_title(demo_dossier):
    call, reader = demo_dossier
    catalog = reader.trailer["/Root"]
    assert catalog.get("/Lang") == "de"
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"]
    assert call.title in reader.metadata.title
