from django.urls import path

from . import views

app_name = "moderation"

urlpatterns = [
    path("", views.desk, name="desk"),
    path("entries/<int:pk>/", views.entry_detail, name="entry-detail"),
    path("contests/<int:pk>/", views.contest_detail, name="contest-detail"),
    path("log/", views.decision_log, name="log"),
    path("decisions/<int:pk>/", views.decision_detail, name="decision-detail"),
    path("report/<str:kind>/<int:pk>/", views.report, name="report"),
    path("accounts/<int:pk>/", views.account_detail, name="account-detail"),
]
