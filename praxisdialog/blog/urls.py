from django.urls import path

from . import feeds, views

app_name = "blog"

urlpatterns = [
    path("blog/", views.post_list, name="post-list"),
    path("blog/feed/<str:fmt>/", feeds.post_feed, name="post-feed"),
    path("blog/category/<slug:slug>/", views.category_detail, name="category"),
    path("blog/<slug:slug>/", views.post_detail, name="post-detail"),
]
