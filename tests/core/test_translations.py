import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

BASE = Path(settings.BASE_DIR)
# The project catalogue and the apps' own catalogues (praxisdialog/<app>/locale/de/).
CATALOGUES = sorted(
    [
        BASE / "locale/de/LC_MESSAGES/django.po",
        *BASE.glob("praxisdialog/*/locale/de/LC_MESSAGES/*.po"),
    ]
)


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed")
@pytest.mark.parametrize("PO", CATALOGUES, ids=lambda path: str(path.relative_to(BASE)))
def test_compiled_translations_match_their_source(tmp_path, PO):
    compiled = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check-format", "-o", compiled, PO], check=True)
    assert compiled.read_bytes() == PO.with_suffix(".mo").read_bytes(), "run `make messages`"


@pytest.mark.parametrize("PO", CATALOGUES, ids=lambda path: str(path.relative_to(BASE)))
def test_every_german_message_is_translated(PO):
    text = PO.read_text()
    assert "#, fuzzy" not in text.split("\n\n", 1)[1]
    entries = text.split("\n\n")[1:]
    untranslated = [
        e for e in entries if e.rstrip().endswith('msgstr ""') and "msgid_plural" not in e
    ]
    assert untranslated == []
