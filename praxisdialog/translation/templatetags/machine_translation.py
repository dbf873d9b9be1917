from django import template
from django.conf import settings
from django.utils.translation import gettext as _

from praxisdialog.contributions.models import TextLanguage

from ..backends import translation_enabled
from ..selectors import shown_for, shown_for_many, staff_text_shown

register = template.Library()


def language_name(code: str) -> str:
    """The name of a text language in the interface language."""
    try:
        return str(TextLanguage(code).label)
    except ValueError:
        return code


@register.simple_tag(takes_context=True)
def shown_text(context, obj):
    """{% shown_text contribution as shown %}: the text as written or translated (as
    prepared for a whole list by selectors.shown_for_many, when it was)."""
    prepared = getattr(obj, "shown", None)
    if prepared is not None:
        return prepared
    request = context.get("request")
    if request is None:
        return None
    return shown_for(request=request, obj=obj)


@register.simple_tag
def piece(shown, key: str, original: str, item_id=None):
    """A piece of the text in the language the reader sees it in:
    {% piece shown "title" contribution.title %}, {% piece shown "answer" text qid %}."""
    if shown is None:
        return original
    if item_id is not None:
        key = f"{key}:{item_id}"
    return shown.piece(key, original)


@register.simple_tag
def shown_lang(shown, fallback: str = "") -> str:
    """The lang attribute of the text as shown (empty for an unknown language)."""
    code = shown.shown_language if shown is not None else fallback
    return code if code and code != TextLanguage.OTHER else ""


def _note_links(request) -> dict[str, str]:
    """The addresses of this page showing the original and the translation, the rest of
    its query string (the page of a paged list) kept."""
    if request is None:
        return {"original_url": "", "translated_url": ""}
    query = request.GET.copy()
    query["original"] = "1"
    original_url = f"{request.path}?{query.urlencode()}"
    query.pop("original")
    translated_url = f"{request.path}?{query.urlencode()}" if query else request.path
    return {"original_url": original_url, "translated_url": translated_url}


@register.inclusion_tag("translation/note.html", takes_context=True)
def translation_note(context, shown, anchor: str = "", anchor_id=None):
    """The label of a machine translation and the link to the original, or the link
    back to the translation; says nothing when there is nothing to say. The links lead
    back to the element `anchor` (or `anchor-<anchor_id>`), on the same page of a paged
    list (the rest of the query string is kept)."""
    request = context.get("request")
    if anchor_id is not None:
        anchor = f"{anchor}-{anchor_id}"
    return {
        "shown": shown,
        "source": language_name(shown.language) if shown else "",
        "anchor": anchor,
        **_note_links(request),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE", settings.LANGUAGE_CODE),
    }


@register.inclusion_tag("translation/privacy_notice.html")
def translation_privacy_notice():
    """The paragraph of the privacy policy that names the service, when there is one."""
    if not translation_enabled():
        return {"service": ""}
    from urllib.parse import urlparse

    name = settings.TRANSLATION_SERVICE_NAME or urlparse(settings.TRANSLATION_URL).netloc
    return {"service": name or _("the translation service")}


@register.inclusion_tag("translation/account_section.html")
def reading_languages_section():
    """The account page's link to "languages I read", when there is a service."""
    return {"enabled": translation_enabled()}


@register.simple_tag(takes_context=True)
def prepare_shown(context, objects) -> str:
    """{% prepare_shown page.object_list %}: decides for a whole list at once (one query
    for the stored translations), so each `shown_text` in the loop finds it ready."""
    request = context.get("request")
    items = list(objects or [])
    if request is None or not items:
        return ""
    shown = shown_for_many(request=request, objects=items)
    for obj in items:
        obj.shown = shown[obj.pk]
    return ""


@register.inclusion_tag("translation/note.html", takes_context=True)
def staff_text_note(context, *objects, anchor: str = ""):
    """{% staff_text_note call questions phases %}: the label "machine translation from
    German" with the original one click away, when any staff-written text of the
    objects is shown machine translated; nothing without a translation service."""
    request = context.get("request")
    shown = staff_text_shown(*objects)
    return {
        "shown": shown,
        "source": language_name(shown.language),
        "anchor": anchor,
        **_note_links(request),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE", settings.LANGUAGE_CODE),
    }


@register.simple_tag
def localized_lang(obj, field: str) -> str:
    """The language of a staff-written text as shown: {% localized_lang call "title" %}."""
    from praxisdialog.core.i18n import localized_language

    return localized_language(obj, field)
