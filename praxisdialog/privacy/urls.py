from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("", views.privacy_overview, name="overview"),
    path("export/", views.export_request, name="export-request"),
    path("export/<str:token>/", views.export_download, name="export-download"),
    path("consents/", views.consent_list, name="consents"),
    path(
        "consents/publication/<int:pk>/withdraw/",
        views.consent_publication_withdraw,
        name="consent-publication-withdraw",
    ),
    path(
        "consents/network/withdraw/",
        views.consent_network_withdraw,
        name="consent-network-withdraw",
    ),
    path(
        "consents/event-list/<int:pk>/withdraw/",
        views.consent_event_list_withdraw,
        name="consent-event-list-withdraw",
    ),
    path(
        "consents/newsletter/withdraw/",
        views.consent_newsletter_withdraw,
        name="consent-newsletter-withdraw",
    ),
    path("delete/", views.account_delete, name="account-delete"),
]
