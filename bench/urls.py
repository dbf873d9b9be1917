"""The site's URLs plus /bench/hello/, mounted only by bench/settings.py."""

from django.http import HttpResponse
from django.urls import include, path


def hello(request):
    return HttpResponse("hello", content_type="text/plain")


urlpatterns = [
    path("bench/hello/", hello, name="bench-hello"),
    path("", include("praxisdialog.urls")),
]
