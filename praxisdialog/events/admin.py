from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.translated_forms import translated_form, version_fieldsets

from . import services
from .forms import EventFileForm
from .models import AgendaSlot, Event, EventFile, Feedback, Registration


class AgendaSlotInline(admin.StackedInline):
    model = AgendaSlot
    extra = 0
    filter_horizontal = ["contributions"]


class EventFileInline(admin.TabularInline):
    model = EventFile
    form = EventFileForm  # checks content, size; re-encodes images without metadata
    extra = 0


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    """Saving goes through services.event_save, so participants hear of changes."""

    form = translated_form(Event)

    list_display = ["title", "starts_at", "format", "status", "capacity", "call"]
    list_filter = ["status", "format", "call"]
    search_fields = ["title", "venue_name"]
    date_hierarchy = "starts_at"
    filter_horizontal = ["documented_contributions"]
    inlines = [AgendaSlotInline, EventFileInline]
    actions = ["cancel_events"]
    fieldsets = [
        (None, {"fields": ["title", "description", "call", "status", "format"]}),
        (_("Time"), {"fields": ["starts_at", "ends_at"]}),
        (
            _("Place"),
            {
                "fields": [
                    "venue_name",
                    "venue_address",
                    "step_free_access",
                    "hearing_loop",
                    "accessible_toilet",
                    "accessibility_notes",
                    "online_link",
                ]
            },
        ),
        (
            _("Registration"),
            {
                "fields": [
                    "capacity",
                    "registration_opens_at",
                    "registration_closes_at",
                    "waitlist_enabled",
                    "languages",
                    "interpretation",
                ]
            },
        ),
        (_("Documentation"), {"fields": ["documentation", "documented_contributions"]}),
        *version_fieldsets(Event),
    ]

    def save_model(self, request, obj, form, change):
        try:
            services.event_save(event=obj, changed=set(form.changed_data) if change else set())
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), level=messages.ERROR)

    @admin.action(description=_("Cancel the selected events and tell everyone registered"))
    def cancel_events(self, request, queryset):
        for event in queryset:
            services.event_cancel(event=event)


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    """Adding, removing and moving people happens on the participant page of the site,
    where the capacity rules apply; here registrations can only be looked at."""

    list_display = ["name", "email", "event", "status", "queue_number", "attended_at"]
    list_filter = ["status", "event"]
    search_fields = ["name", "email"]
    readonly_fields = [f.name for f in Registration._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ["registration", "rating", "created_at"]
    list_filter = ["rating", "registration__event"]

    def has_add_permission(self, request):
        return False
