from django.contrib import admin, messages
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.i18n import other_languages
from praxisdialog.core.translated_forms import translated_form, version_fieldsets

from . import services
from .models import Page, PageVersion


class PageVersionInline(admin.TabularInline):
    model = PageVersion
    extra = 0
    can_delete = False
    fields = ["created_at", "created_by", "title"]
    readonly_fields = fields
    ordering = ["-created_at", "-pk"]
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    form = translated_form(Page)
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "body"]}),
        *version_fieldsets(Page),
    ]
    list_display = ["title", "kind", "slug", "updated_at"]
    list_filter = ["kind"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [PageVersionInline]

    def save_model(self, request, obj, form, change):
        services.page_save(page=obj, user=request.user)


@admin.register(PageVersion)
class PageVersionAdmin(admin.ModelAdmin):
    """The history of every page; a version is brought back with the action."""

    list_display = ["page", "title", "created_at", "created_by"]
    list_filter = ["page"]
    fields = ["page", "title", "body", "other_languages", "created_by", "created_at"]
    readonly_fields = fields
    actions = ["restore"]

    @admin.display(description=_("versions in other languages"))
    def other_languages(self, obj):
        if obj.translations is None:
            return _("Not kept for versions saved before other languages were kept.")
        names = dict(other_languages())
        return format_html_join(
            "",
            '<section lang="{}" dir="auto"><h3>{}</h3><p><strong>{}</strong></p>'
            '<pre style="white-space: pre-wrap">{}</pre></section>',
            (
                (code, names.get(code, code), version.get("title", ""), version.get("body", ""))
                for code, version in sorted(obj.translations.items())
                if isinstance(version, dict)
            ),
        ) or _("None")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Restore the selected version"), permissions=["view"])
    def restore(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(
                request, _("Please select exactly one version to restore."), messages.ERROR
            )
            return
        version = queryset.select_related("page").get()
        services.page_restore(version=version, user=request.user)
        self.message_user(
            request,
            _("“%(title)s” has been restored to the version of %(date)s.")
            % {"title": version.page.title, "date": version.created_at.strftime("%d.%m.%Y %H:%M")},
            messages.SUCCESS,
        )
