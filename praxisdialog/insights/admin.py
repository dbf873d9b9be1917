from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from praxisdialog.core.translated_forms import translated_form, version_fieldsets

from . import services
from .models import Concept, ConceptTag, Term, Theme, ThemeRun


class TermInline(admin.TabularInline):
    model = Term
    extra = 3


@admin.register(Concept)
class ConceptAdmin(admin.ModelAdmin):
    form = translated_form(Concept)
    fieldsets = [
        (None, {"fields": ["name", "slug", "description", "active"]}),
        *version_fieldsets(Concept),
    ]
    list_display = ["name", "slug", "active"]
    list_filter = ["active"]
    # The versions in other languages are found through their JSON text.
    search_fields = ["name", "translations", "slug", "terms__text"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [TermInline]
    actions = ["retag_all"]

    @admin.action(description=_("Tag all published contributions again"))
    def retag_all(self, request, queryset):
        count = services.contributions_tag_all()
        self.message_user(
            request,
            ngettext("%(count)d tag written.", "%(count)d tags written.", count) % {"count": count},
            messages.SUCCESS,
        )


@admin.register(ConceptTag)
class ConceptTagAdmin(admin.ModelAdmin):
    list_display = ["contribution", "concept", "count"]
    list_filter = ["concept"]
    raw_id_fields = ["contribution"]


class ThemeInline(admin.TabularInline):
    model = Theme
    fields = ["label", "hidden", "position"]
    extra = 0


@admin.register(ThemeRun)
class ThemeRunAdmin(admin.ModelAdmin):
    list_display = ["call", "created_at", "status", "quality", "published_at"]
    list_filter = ["status"]
    readonly_fields = ["settings", "quality", "contribution_count", "error", "finished_at"]
    inlines = [ThemeInline]
