from django.urls import path

from . import views

app_name = "resonance"

urlpatterns = [
    path("calls/<slug:slug>/resonance/", views.dashboard, name="dashboard"),
    path("calls/<slug:slug>/resonance/refresh/", views.refresh, name="refresh"),
    path("calls/<slug:slug>/resonance/settings/", views.settings_edit, name="settings"),
    path("calls/<slug:slug>/resonance/close-phase/", views.phase_close, name="phase-close"),
    path("calls/<slug:slug>/resonance/dossier/", views.dossier_generate, name="dossier-generate"),
    path("calls/<slug:slug>/summary/", views.summary, name="summary"),
    path("calls/<slug:slug>/dossier.pdf", views.dossier_download, name="dossier-download"),
    path("calls/<slug:slug>/open-data.csv", views.open_data_csv, name="open-data-csv"),
    path("calls/<slug:slug>/open-data.json", views.open_data_json, name="open-data-json"),
]
