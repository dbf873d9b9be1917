from django.urls import path

from . import views

app_name = "pages"

urlpatterns = [
    path("pages/<slug:slug>/", views.page_detail, name="page-detail"),
    path("contact/", views.contact, name="contact"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]
