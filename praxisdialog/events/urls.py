from django.urls import path

from . import feeds, views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="event-list"),
    path("feed.ics", views.event_feed, name="event-feed"),
    path("feed/<str:fmt>/", feeds.event_feed, name="event-syndication-feed"),
    path("<int:pk>/", views.event_detail, name="event-detail"),
    path("<int:pk>/register/", views.event_register, name="event-register"),
    path("<int:pk>/event.ics", views.event_calendar_file, name="event-ics"),
    path("<int:pk>/agenda/", views.event_agenda, name="event-agenda"),
    path("<int:pk>/documentation/", views.event_documentation, name="event-documentation"),
    path(
        "<int:pk>/documentation/<int:file_id>/",
        views.event_file_download,
        name="event-file-download",
    ),
    path("<int:pk>/participants/", views.participants, name="participants"),
    path("<int:pk>/participants.csv", views.participants_csv, name="participants-csv"),
    path("<int:pk>/participants/add/", views.participant_add, name="participant-add"),
    path(
        "<int:pk>/participants/<int:registration_pk>/remove/",
        views.participant_remove,
        name="participant-remove",
    ),
    path(
        "<int:pk>/participants/<int:registration_pk>/move/",
        views.participant_move,
        name="participant-move",
    ),
    path("<int:pk>/check-in/", views.check_in, name="check-in"),
    path("<int:pk>/check-in/<int:registration_pk>/", views.check_in_mark, name="check-in-mark"),
    path("<int:pk>/feedback/", views.feedback_overview, name="feedback-results"),
    path("r/<str:token>/", views.registration_manage, name="registration-manage"),
    path("r/<str:token>/confirm/", views.registration_confirm, name="registration-confirm"),
    path("r/<str:token>/cancel/", views.registration_cancel, name="registration-cancel"),
    path("r/<str:token>/event.ics", views.registration_calendar_file, name="registration-ics"),
    path("r/<str:token>/feedback/", views.feedback_give, name="feedback-give"),
]
