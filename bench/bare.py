"""A bare Django project for `make bench`: the hello view with no apps and no middleware.

bench/pages.py measures it next to the site's own hello view (bench/settings.py), so the
cost of the middleware that every request pays shows as a share of what Django alone
does on the same machine in the same run. This module is its settings and its URLconf."""

from django.http import HttpResponse
from django.urls import path

SECRET_KEY = "bench-only-not-secret"  # noqa: S105 - a throwaway server on loopback
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict = {}
USE_TZ = True
ROOT_URLCONF = "bench.bare"


def hello(request):
    return HttpResponse("hello", content_type="text/plain")


urlpatterns = [path("bench/hello/", hello, name="bench-hello")]
