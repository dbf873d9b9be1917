from django.conf import settings
from django.utils.translation import get_language, get_language_info

# Each language named in its own words for the switcher and the account form. Django's
# table spells Arabic with a shadda (العربيّة); the plain spelling is what people expect.
ENDONYM_OVERRIDES = {"ar": "العربية"}


def language_endonyms() -> list[tuple[str, str]]:
    """The interface languages, each in its own name (Deutsch, English, العربية, ...)."""
    return [
        (code, ENDONYM_OVERRIDES.get(code) or get_language_info(code)["name_local"])
        for code, _name in settings.LANGUAGES
    ]


def localized(obj, field: str) -> str:
    """Staff-written text in the reader's language: `<field>_en` for every language
    but German when it is filled in, else the German original in `<field>`."""
    language = (get_language() or "de").split("-")[0]
    if language != "de":
        translated = getattr(obj, f"{field}_en", "")
        if translated:
            return translated
    return getattr(obj, field)
