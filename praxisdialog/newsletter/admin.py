from django.contrib import admin

from .models import Delivery, Newsletter, Subscriber


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ["email", "status", "language", "region", "confirmed_at"]
    list_filter = ["status", "language", "region"]
    search_fields = ["email"]
    # The proof of consent is evidence: nobody edits it by hand.
    readonly_fields = [
        "status",
        "token_hash",
        "pending_data",
        "confirmation_sent_at",
        "confirmed_at",
        "consent_text",
        "consent_version",
        "unsubscribed_at",
    ]


@admin.register(Newsletter)
class NewsletterAdmin(admin.ModelAdmin):
    list_display = ["subject", "status", "created_at", "sent_at"]
    list_filter = ["status"]
    readonly_fields = ["status", "sending_started_at", "sent_at"]


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["newsletter", "subscriber", "status", "attempts", "sent_at"]
    list_filter = ["status"]
    raw_id_fields = ["newsletter", "subscriber"]
    readonly_fields = ["status", "claim", "attempts", "sent_at", "error"]
