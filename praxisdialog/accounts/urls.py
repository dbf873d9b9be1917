from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.account_overview, name="overview"),
    path("tokens/", views.api_token_create, name="api-token-create"),
    path("tokens/<int:pk>/revoke/", views.api_token_revoke, name="api-token-revoke"),
]
