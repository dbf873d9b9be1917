from django.urls import path

from . import feeds, views

app_name = "calls"

urlpatterns = [
    path("", views.home, name="home"),
    path("calls/<slug:slug>/", views.call_detail, name="call-detail"),
    path("calls/feed/<str:fmt>/", feeds.call_feed, name="call-feed"),
]
