from django.urls import path

from . import views

app_name = "newsletter"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("confirm/<str:token>/resend/", views.confirm_resend, name="confirm-resend"),
    path("u/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("manage/", views.manage_list, name="manage-list"),
    path("manage/new/", views.manage_create, name="manage-create"),
    path("manage/<int:pk>/", views.manage_detail, name="manage-detail"),
    path("manage/<int:pk>/edit/", views.manage_edit, name="manage-edit"),
    path("manage/<int:pk>/test/", views.manage_send_test, name="manage-send-test"),
    path("manage/<int:pk>/send/", views.manage_send, name="manage-send"),
    path("manage/<int:pk>/progress/", views.manage_progress, name="manage-progress"),
]
