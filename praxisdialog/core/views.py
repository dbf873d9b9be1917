import posixpath

from django.conf import settings
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.static import serve

from .metrics import CONTENT_TYPE, exposition, metrics_access_allowed
from .models import SiteSettings


def theme_css(request):
    """The site's colours as CSS custom properties: a stylesheet of its own rather than
    an inline style, so the Content-Security-Policy keeps style-src 'self'. Its address
    carries the colours' version, so it may be cached for a year."""
    site = SiteSettings.load()
    lines = [f"  {name}: {value};" for name, value in site.theme_properties]
    body = ":root {\n" + "\n".join(lines) + "\n}\n"
    response = HttpResponse(body, content_type="text/css; charset=utf-8")
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@never_cache
def healthz(request):
    """200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:
        return JsonResponse(
            {"status": "error", "database": str(error.__class__.__name__)}, status=503
        )
    return JsonResponse({"status": "ok", "database": "ok"})


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)


def public_media(request, path: str):
    """Public uploads (blog images) at MEDIA_URL, with DEBUG and without: only the folders
    in PUBLIC_MEDIA_PREFIXES, so nothing else that ever lands in MEDIA_ROOT is served by
    its name. A proxy in front may serve these folders itself (see the README)."""
    path = posixpath.normpath(path).lstrip("/")
    if not path.startswith(tuple(settings.PUBLIC_MEDIA_PREFIXES)):
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "public, max-age=86400"
    return response


@never_cache
def metrics(request):
    """The metrics for Prometheus (core/metrics.py), for a scraper with the token or from
    an allowed address; everyone else gets the same 404 as for a page that does not
    exist, so the endpoint does not tell that it is there."""
    if not metrics_access_allowed(request):
        raise Http404
    return HttpResponse(exposition(), content_type=CONTENT_TYPE)
