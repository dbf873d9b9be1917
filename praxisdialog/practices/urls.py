from django.urls import path

from . import views

app_name = "practices"

urlpatterns = [
    path("follow-up/<str:token>/", views.follow_up_answer, name="follow-up-answer"),
    path("calls/<slug:slug>/map/", views.practice_map, name="map"),
    path("contributions/<int:pk>/adopted/", views.adoption_create, name="adoption-create"),
]
