from .i18n import language_endonyms
from .models import SiteSettings


def site(request):
    """The institute's details for header and footer; the language list for the switcher."""
    return {
        "site_settings": SiteSettings.load(),
        "interface_languages": language_endonyms(),
    }
