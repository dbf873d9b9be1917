from django.urls import path

from . import views

app_name = "discussion"

urlpatterns = [
    path(
        "contributions/<int:pk>/comments/",
        views.contribution_comment_create,
        name="contribution-comment-create",
    ),
    path("calls/<slug:slug>/comments/", views.call_comment_create, name="call-comment-create"),
    path("comments/<int:pk>/", views.comment_detail, name="comment-detail"),
    path("comments/<int:pk>/reply/", views.comment_reply, name="comment-reply"),
    path("comments/<int:pk>/edit/", views.comment_edit, name="comment-edit"),
    path("comments/<int:pk>/delete/", views.comment_delete, name="comment-delete"),
    path("comments/<int:pk>/helpful/", views.comment_helpful, name="comment-helpful"),
]
