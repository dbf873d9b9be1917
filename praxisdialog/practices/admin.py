from django.contrib import admin

from .models import FollowUp, PracticeUpdate


@admin.register(FollowUp)
class FollowUpAdmin(admin.ModelAdmin):
    list_display = ["contribution", "months", "created_at", "answered_at"]
    list_filter = ["months"]
    raw_id_fields = ["contribution"]
    readonly_fields = ["contribution", "months", "created_at", "answered_at"]


@admin.register(PracticeUpdate)
class PracticeUpdateAdmin(admin.ModelAdmin):
    """Read-only: decisions on updates are made at the moderation desk."""

    list_display = ["contribution", "state", "status", "created_at"]
    list_filter = ["state", "status"]
    raw_id_fields = ["contribution", "follow_up", "author"]
    readonly_fields = [
        "contribution",
        "follow_up",
        "author",
        "state",
        "text",
        "status",
        "created_at",
    ]
