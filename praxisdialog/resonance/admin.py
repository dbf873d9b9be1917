from django.contrib import admin

from .models import Dossier, PhaseClosing, ResonanceSettings, ResonanceSnapshot


@admin.register(ResonanceSettings)
class ResonanceSettingsAdmin(admin.ModelAdmin):
    list_display = ["call", "min_contributions", "public_summary", "public_dossier"]
    readonly_fields = ["reached_notified_at"]


@admin.register(PhaseClosing)
class PhaseClosingAdmin(admin.ModelAdmin):
    list_display = ["phase", "closed_at", "sent_at", "recipient_count"]
    readonly_fields = ["phase", "actor", "closed_at", "sent_at", "recipient_count"]


@admin.register(ResonanceSnapshot)
class ResonanceSnapshotAdmin(admin.ModelAdmin):
    list_display = ["call", "computed_at"]
    readonly_fields = ["call", "data", "computed_at"]


@admin.register(Dossier)
class DossierAdmin(admin.ModelAdmin):
    list_display = ["call", "status", "generated_at"]
    readonly_fields = ["requested_at", "generated_at"]
