from django.urls import path

from . import views

app_name = "practices"

urlpatterns = [
    path("follow-up/<str:token>/", views.follow_up_answer, name="follow-up-answer"),
]
