from django.urls import path

from . import views

app_name = "calls"

urlpatterns = [
    path("", views.home, name="home"),
    path("calls/<slug:slug>/", views.call_detail, name="call-detail"),
]
