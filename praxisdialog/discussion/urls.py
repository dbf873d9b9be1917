from django.urls import path

from . import views

app_name = "discussion"

# A new comment posts at the address of the page it is written on, with /comments/ added;
# the owner of each kind finds the target by that key (core/targets.py, get_for_display).
urlpatterns = [
    path(
        "contributions/<int:key>/comments/",
        views.comment_create,
        {"kind": "contribution"},
        name="contribution-comment-create",
    ),
    path(
        "calls/<slug:key>/comments/",
        views.comment_create,
        {"kind": "call"},
        name="call-comment-create",
    ),
    path(
        "blog/<slug:key>/comments/",
        views.comment_create,
        {"kind": "post"},
        name="post-comment-create",
    ),
    path(
        "themes/<int:key>/comments/",
        views.comment_create,
        {"kind": "theme"},
        name="theme-comment-create",
    ),
    path("comments/<int:pk>/", views.comment_detail, name="comment-detail"),
    path("comments/<int:pk>/reply/", views.comment_reply, name="comment-reply"),
    path("comments/<int:pk>/edit/", views.comment_edit, name="comment-edit"),
    path("comments/<int:pk>/delete/", views.comment_delete, name="comment-delete"),
    path("comments/<int:pk>/helpful/", views.comment_helpful, name="comment-helpful"),
]
