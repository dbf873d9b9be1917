from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "praxisdialog.api"
    verbose_name = "API"
