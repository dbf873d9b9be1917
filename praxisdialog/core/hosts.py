"""Absolute addresses of this site's pages."""

from urllib.parse import urljoin

from django.conf import settings
from django.core.exceptions import DisallowedHost


def absolute_uri(request, location: str | None = None) -> str:
    """`request.build_absolute_uri`, except for a request whose Host header Django
    refused: its error page is being rendered, and asking for the host again would raise
    inside the error handler (a 500 instead of the 400). Such a page gets the site's own
    address (SITE_URL), never one built from a host the sender chose."""
    try:
        request.get_host()
    except DisallowedHost:
        return urljoin(f"{settings.SITE_URL}/", location or request.get_full_path())
    return request.build_absolute_uri(location)
