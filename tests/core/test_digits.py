"""Numbers and dates are written with the digits 0-9 in every interface language, Arabic
and Farsi included (docs/adr/0005-digits-in-arabic-and-farsi.md), with the separators
that go with them; catalogues and default texts hold to it too."""

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.template import Context, Template
from django.utils import formats, translation

OTHER_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]")
WHEN = datetime(2026, 12, 3, 10, 5, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_counts_and_dates_use_the_digits_0_to_9(language):
    with translation.override(language):
        assert formats.number_format(1234.5, decimal_pos=1, force_grouping=True) == "1,234.5"
        assert intcomma(4000) == "4,000"
        rendered = Template(
            '{{ when|date:"DATETIME_FORMAT" }} {{ when|date:"SHORT_DATE_FORMAT" }} {{ share }}'
        ).render(Context({"when": WHEN, "share": 0.25}))
    assert "2026" in rendered and "10" in rendered
    assert not OTHER_DIGITS.search(rendered), rendered


def test_no_catalogue_writes_numbers_with_other_digits():
    base = Path(settings.BASE_DIR)
    catalogues = [*(base / "locale").rglob("*.po"), *(base / "praxisdialog").rglob("*.po")]
    assert catalogues
    found = [
        f"{path}: {line}"
        for path in catalogues
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#") and OTHER_DIGITS.search(line)
    ]
    assert not found, "\n".join(found)
