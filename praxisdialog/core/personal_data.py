"""Finds what could identify a person in a text, so its author can look again
before publishing: e-mail addresses, phone numbers, IBANs, street addresses, the
file numbers of an asylum procedure, first names and German places (see names.py for
where those lists come from and how they keep quiet in ordinary text).

The patterns lean towards warning too often: a false alarm costs the author a
click, a missed address can cost the person it names much more."""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from praxisdialog.core.names import find_names_and_places

KINDS = {
    "email": _("an e-mail address"),
    "phone": _("a phone number"),
    "iban": _("a bank account number (IBAN)"),
    "address": _("a street address"),
    "case_number": _("a file number of an authority"),
    "first_name": _("a first name"),
    "place": _("a place name"),
}

_STREET_WORDS = (
    r"(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad"
    r"|street|st\.|road|rd\.|avenue|ave\.|lane|drive)"
)

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("email", re.compile(r"[\w.+-]+\s?(?:@|\(at\)|\[at\])\s?[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,4})?\b")),
    (
        "case_number",
        re.compile(
            r"\b(?:Aktenzeichen|Az\.?|Geschäftszeichen|AZR-Nummer|BAMF-Nummer|file number)"
            r"\s*:?\s*[\w/.-]*\d[\w/.-]*",
            re.IGNORECASE,
        ),
    ),
    (
        "phone",
        re.compile(r"(?<![\w/.-])(?:\+|00)?\d[\d ()/.-]{6,}\d(?![\w/-])(?!\.\d)"),
    ),
    (
        "address",
        re.compile(
            rf"\b[A-ZÄÖÜ][\wäöüß.-]*{_STREET_WORDS}\s+\d{{1,4}}\s?[a-zA-Z]?\b"
            rf"|\b[A-ZÄÖÜ][\wäöüß-]+\s{_STREET_WORDS}\s+\d{{1,4}}\s?[a-zA-Z]?\b"
            rf"|\b\d{{1,4}}[a-zA-Z]?\s+[A-Z][\w-]+\s+{_STREET_WORDS}(?!\w)",
            re.IGNORECASE,
        ),
    ),
]


@dataclass(frozen=True)
class Finding:
    kind: str
    excerpt: str
    start: int
    end: int

    @property
    def label(self) -> str:
        return str(KINDS[self.kind])

    def as_dict(self) -> dict:
        return {"kind": self.kind, "excerpt": self.excerpt}


def _looks_like_year_range_or_date(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    # "2015-2018", "01.02.2020" and short numbers are not phone numbers.
    stripped = text.strip()
    return (
        len(digits) < 7
        or bool(re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}", stripped))
        or bool(re.fullmatch(r"(?:19|20)\d\d\s?[-/]\s?(?:19|20)\d\d", stripped))
    )


def find_personal_data(text: str, *, names: bool = True) -> list[Finding]:
    """What could identify a person in `text`; with `names`, first names and places too.

    Stories ask for names (a contribution tells of colleagues and towns); comments and
    network profiles do not: people address each other there by the display names the
    site already shows, and a profile names its own owner."""
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text or ""):
            start, end = match.span()
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            if kind == "phone" and _looks_like_year_range_or_date(match.group()):
                continue
            taken.append((start, end))
            findings.append(Finding(kind=kind, excerpt=match.group().strip(), start=start, end=end))
    for kind, start, end in find_names_and_places(text or "") if names else []:
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        findings.append(Finding(kind=kind, excerpt=text[start:end], start=start, end=end))
    return sorted(findings, key=lambda finding: finding.start)
