from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.translated_forms import translated_form, version_field_names

from .models import (
    Block,
    ContactRequest,
    Conversation,
    Interest,
    Message,
    Profile,
    ProfileLanguage,
)


@admin.register(Interest)
class InterestAdmin(admin.ModelAdmin):
    """The list of offers and needs people choose from."""

    form = translated_form(Interest)
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "translations", "slug"]
    fieldsets = [
        (None, {"fields": ["slug", "name", "position"]}),
        (_("Other languages"), {"fields": version_field_names(Interest)}),
    ]


class ProfileLanguageInline(admin.TabularInline):
    model = ProfileLanguage
    extra = 0


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["display_name", "is_listed", "visibility", "role", "setting", "region"]
    list_filter = ["is_listed", "visibility", "role", "setting", "region"]
    search_fields = ["display_name", "organisation", "user__email"]
    raw_id_fields = ["user"]
    filter_horizontal = ["offers", "seeks"]
    inlines = [ProfileLanguageInline]


@admin.register(ContactRequest)
class ContactRequestAdmin(admin.ModelAdmin):
    list_display = ["pk", "sender", "recipient", "status", "created_at", "answered_at"]
    list_filter = ["status"]
    raw_id_fields = ["sender", "recipient"]


class MessageInline(admin.TabularInline):
    model = Message
    extra = 0
    raw_id_fields = ["author"]


@admin.register(Conversation)
class ConversationAdmin(admin.ModelAdmin):
    list_display = ["pk", "request", "created_at", "last_message_at"]
    raw_id_fields = ["request"]
    inlines = [MessageInline]


@admin.register(Block)
class BlockAdmin(admin.ModelAdmin):
    list_display = ["blocker", "blocked", "created_at"]
    raw_id_fields = ["blocker", "blocked"]
