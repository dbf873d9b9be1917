from django.contrib import admin

from praxisdialog.core.translated_forms import translated_form, version_fieldsets

from . import services
from .forms import PostAdminForm
from .models import Category, Post


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    form = translated_form(Post, base=PostAdminForm)
    fieldsets = [
        (None, {"fields": PostAdminForm.Meta.fields}),
        *version_fieldsets(Post),
    ]
    list_display = ["title", "published_at", "author", "call", "is_synthesis"]
    list_filter = ["categories", "call", "is_synthesis"]
    search_fields = ["title", "teaser", "body"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["categories"]
    autocomplete_fields = ["author"]
    date_hierarchy = "published_at"

    def get_changeform_initial_data(self, request):
        return {"author": request.user.pk, **super().get_changeform_initial_data(request)}

    def save_model(self, request, obj, form, change):
        services.post_save(post=obj)
