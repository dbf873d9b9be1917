from django.urls import path

from . import views

app_name = "insights"

urlpatterns = [
    path("calls/<slug:slug>/themes/", views.theme_list, name="theme-list"),
    path("themes/<int:pk>/", views.theme_detail, name="theme-detail"),
    path("calls/<slug:slug>/themes/curate/", views.staff_runs, name="staff-runs"),
    path("themes/runs/<int:pk>/", views.staff_run_detail, name="run-detail"),
    path("themes/runs/<int:pk>/rerun/", views.staff_run_rerun, name="run-rerun"),
    path("themes/runs/<int:pk>/publish/", views.staff_run_publish, name="run-publish"),
    path("themes/<int:pk>/rename/", views.staff_theme_rename, name="theme-rename"),
    path("themes/<int:pk>/hide/", views.staff_theme_hide, name="theme-hide"),
    path("themes/<int:pk>/merge/", views.staff_theme_merge, name="theme-merge"),
    path("themes/<int:pk>/split/", views.staff_theme_split, name="theme-split"),
    path(
        "themes/assignments/<int:pk>/move/",
        views.staff_assignment_move,
        name="assignment-move",
    ),
    path("themes/assignments/<int:pk>/pin/", views.staff_assignment_pin, name="assignment-pin"),
]
