from django.utils.translation import gettext as _

from .backends import translation_enabled


def own_language_help(*, translated: bool = True) -> str:
    """The help text of every field people write in: their own language is welcome. That
    readers of other languages get a machine translation is only said when a service is
    configured (and the text is one that gets translated)."""
    if translated and translation_enabled():
        return _(
            "You are welcome to write in your own language: it is recognised by itself, "
            "and readers of other languages get a machine translation."
        )
    return _("You are welcome to write in your own language: it is recognised by itself.")
