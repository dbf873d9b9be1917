from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from praxisdialog.accounts.views import admin_login, language_set
from praxisdialog.api.api import api
from praxisdialog.core.views import public_media

admin.site.site_header = "Praxisdialog"

urlpatterns = [
    path("", include("praxisdialog.core.urls")),
    path("", include("praxisdialog.calls.urls")),
    path("", include("praxisdialog.contributions.urls")),
    path("", include("praxisdialog.discussion.urls")),
    path("moderation/", include("praxisdialog.moderation.urls")),
    path("notifications/", include("praxisdialog.notifications.urls")),
    path("events/", include("praxisdialog.events.urls")),
    path("network/", include("praxisdialog.network.urls")),
    path("", include("praxisdialog.insights.urls")),
    path("", include("praxisdialog.resonance.urls")),
    path("", include("praxisdialog.blog.urls")),
    path("", include("praxisdialog.pages.urls")),
    path("newsletter/", include("praxisdialog.newsletter.urls")),
    path("", include("praxisdialog.search.urls")),
    path("staff/", include("praxisdialog.console.urls")),
    path("practices/", include("praxisdialog.practices.urls")),
    path("account/privacy/", include("praxisdialog.privacy.urls")),
    path("account/translation/", include("praxisdialog.translation.urls")),
    path("account/", include("praxisdialog.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("api/v1/", api.urls),
    # Before the admin's own login: staff sign in through the site's login (two factors).
    path("admin/login/", admin_login, name="admin-login"),
    # The language switch of every page; the choice is kept on the account too.
    path("language/", language_set, name="language-set"),
    path("admin/", admin.site.urls),
    # Public uploads only, in development and production alike (core/storage.py).
    re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.+)$", public_media, name="media"),
]
