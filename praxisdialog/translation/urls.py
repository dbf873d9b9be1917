from django.urls import path

from . import views

app_name = "translation"

urlpatterns = [
    path("languages/", views.reading_languages, name="reading-languages"),
]
