from django.urls import path

from . import feeds, views

app_name = "contributions"

urlpatterns = [
    path("calls/<slug:slug>/contributions/", views.contribution_list, name="contribution-list"),
    path("calls/<slug:slug>/contribute/", views.contribution_create, name="contribution-create"),
    path(
        "calls/<slug:slug>/contributions/feed/<str:fmt>/",
        feeds.contribution_feed,
        name="contribution-feed",
    ),
    path("contributions/<int:pk>/", views.contribution_detail, name="contribution-detail"),
    path("contributions/<int:pk>/edit/", views.contribution_edit, name="contribution-edit"),
    path(
        "contributions/<int:pk>/withdraw/",
        views.contribution_withdraw,
        name="contribution-withdraw",
    ),
    path(
        "contributions/<int:pk>/restore/",
        views.contribution_restore,
        name="contribution-restore",
    ),
    path("contributions/<int:pk>/facts/", views.contribution_facts, name="contribution-facts"),
    path("contributions/<int:pk>/evidence/", views.evidence_review, name="evidence-review"),
    path("contributions/badges/", views.badge_help, name="badge-help"),
    path("contributions/<int:pk>/helpful/", views.helpful_toggle, name="contribution-helpful"),
    path("my/contributions/", views.my_contributions, name="my-contributions"),
    path("review/", views.review_queue, name="review-queue"),
    path("review/<int:pk>/", views.review_detail, name="review-detail"),
]
