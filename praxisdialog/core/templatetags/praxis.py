import unicodedata

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.html import format_html
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _

from praxisdialog.core.markdown import render_markdown

register = template.Library()


@register.filter
def markdown(text: str):
    """Render user Markdown safely (see core.markdown)."""
    return render_markdown(text)


@register.simple_tag
def obfuscated_email(address: str):
    """An e-mail address that people read and copy but simple harvesters miss:
    the @ and dots are written out, and the real link sits behind a data attribute
    that app.js turns into a mailto link."""
    if not address:
        return ""
    user, _at, domain = address.partition("@")
    readable = format_html(
        '{}<span class="at" aria-hidden="true"> [at] </span>'
        '<span class="visually-hidden">@</span>{}',
        user,
        domain.replace(".", " . "),
    )
    reversed_address = address[::-1]
    return format_html(
        '<span class="obfuscated-email" data-reversed="{}">{}</span>', reversed_address, readable
    )


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters changed (for pagination links)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def page_query(context, number, name=""):
    """The current query string pointing at page `number` of a list; `name` is the
    parameter of a list that shares its page with another list (default "page")."""
    return query_with(context, **{name or "page": number})


@register.filter
def finding_label(kind: str) -> str:
    """What a personal-data finding is, in the reader's language."""
    from praxisdialog.core.personal_data import KINDS

    if kind == "watched_word":
        return str(_("a word from the list of watched words"))
    if kind == "after_redaction":
        return str(_("a change after the moderators edited personal data out"))
    return str(KINDS.get(kind, kind))


@register.filter
def comma_list(values) -> str:
    """Items joined with the comma of the active language (the Arabic and Persian comma
    on right-to-left pages)."""
    comma = "، " if get_language_bidi() else ", "
    return comma.join(str(value) for value in values)


@register.filter
def weekday_datetime(value):
    """ "Thursday, 3 December 2026, 10:00" in the order and with the comma of the active
    language (the Arabic and Persian comma on right-to-left pages)."""
    if not value:
        return ""
    comma = "، " if get_language_bidi() else ", "
    return f"{date_filter(value, 'l')}{comma}{date_filter(value, 'DATETIME_FORMAT')}"


@register.filter
def text_dir(text) -> str:
    """ "rtl" or "ltr" by the first strongly directional character, as dir="auto" decides
    in a browser; for renderers that do not resolve dir="auto" (the PDF dossier)."""
    for char in str(text or ""):
        kind = unicodedata.bidirectional(char)
        if kind in {"R", "AL"}:
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"
