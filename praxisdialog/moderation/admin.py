from django.contrib import admin

from .checks import forget_blocked_terms
from .models import AccountStanding, BlockedTerm, Contest, Decision, QueueEntry, Report


class ReportInline(admin.TabularInline):
    model = Report
    extra = 0
    readonly_fields = ["reason", "law", "explanation", "reporter", "reporter_email", "created_at"]
    exclude = ["content_type", "object_id"]
    can_delete = False


@admin.register(QueueEntry)
class QueueEntryAdmin(admin.ModelAdmin):
    """Decisions are made on the desk of the site, where they are logged and explained."""

    list_display = ["__str__", "status", "premoderation", "report_count", "created_at"]
    list_filter = ["status", "premoderation", "content_type"]
    inlines = [ReportInline]


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    """The log is read-only: nobody changes what was decided."""

    list_display = [
        "created_at",
        "moderator",
        "action",
        "ground",
        "subject",
        "content_type",
        "object_id",
    ]
    list_filter = ["action", "ground"]
    search_fields = ["explanation"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Contest)
class ContestAdmin(admin.ModelAdmin):
    list_display = ["decision", "author", "created_at", "outcome", "resolved_by"]
    raw_id_fields = ["author", "resolved_by", "decision"]


@admin.register(AccountStanding)
class AccountStandingAdmin(admin.ModelAdmin):
    list_display = ["user", "trusted", "suspended_at"]
    list_filter = ["trusted"]
    raw_id_fields = ["user"]


@admin.register(BlockedTerm)
class BlockedTermAdmin(admin.ModelAdmin):
    """The staff-kept list of watched words; a change applies at once."""

    list_display = ["term", "active"]
    list_editable = ["active"]
    search_fields = ["term"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        forget_blocked_terms()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        forget_blocked_terms()
