from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("", views.profile_list, name="profile-list"),
    path("feed/", views.ProfileFeed(), name="profile-feed"),
    path("profile/", views.profile_edit, name="profile-edit"),
    path("profile/delete/", views.profile_delete, name="profile-delete"),
    path("profiles/<int:pk>/", views.profile_detail, name="profile-detail"),
    path("profiles/<int:pk>/contact/", views.contact_request_create, name="contact-request-create"),
    path("profiles/<int:pk>/block/", views.block_create, name="block-create"),
    path("profiles/<int:pk>/report/", views.profile_report, name="profile-report"),
    path("requests/", views.contact_request_list, name="contact-request-list"),
    path("requests/<int:pk>/answer/", views.contact_request_answer, name="contact-request-answer"),
    path(
        "requests/<int:pk>/withdraw/",
        views.contact_request_withdraw,
        name="contact-request-withdraw",
    ),
    path(
        "requests/<int:pk>/translate/",
        views.contact_request_translate,
        name="contact-request-translate",
    ),
    path("conversations/", views.conversation_list, name="conversation-list"),
    path("conversations/<int:pk>/", views.conversation_detail, name="conversation-detail"),
    path("conversations/<int:pk>/share/", views.email_share, name="email-share"),
    path(
        "conversations/<int:pk>/messages/<int:message_id>/translate/",
        views.message_translate,
        name="message-translate",
    ),
    path("blocks/", views.block_list, name="block-list"),
    path("blocks/<int:user_id>/delete/", views.block_delete, name="block-delete"),
    path("suggestions/", views.suggestion_list, name="suggestion-list"),
    path("matches/", views.match_overview, name="match-overview"),
]
