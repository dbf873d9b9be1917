from django.contrib import admin

from .models import Comment, CommentReaction


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    """Moderation happens on the desk of the site; the admin is for corrections."""

    list_display = ["__str__", "author", "status", "depth", "created_at", "helpful_count"]
    list_filter = ["status", "content_type"]
    search_fields = ["text", "author__email", "author__display_name"]
    raw_id_fields = ["author", "parent", "root"]
    readonly_fields = ["helpful_count", "reply_count", "created_at", "edited_at", "deleted_at"]


@admin.register(CommentReaction)
class CommentReactionAdmin(admin.ModelAdmin):
    list_display = ["comment", "user", "created_at"]
    raw_id_fields = ["comment", "user"]
