from django.utils.translation import get_language


def localized(obj, field: str) -> str:
    """Staff-written text in the reader's language: `<field>_en` for every language
    but German when it is filled in, else the German original in `<field>`."""
    language = (get_language() or "de").split("-")[0]
    if language != "de":
        translated = getattr(obj, f"{field}_en", "")
        if translated:
            return translated
    return getattr(obj, field)
