from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "institute_name",
                    "tagline",
                    "street_address",
                    "postal_code",
                    "city",
                    "email",
                    "phone",
                    "website_url",
                    "mastodon_url",
                    "linkedin_url",
                    "instagram_url",
                ]
            },
        ),
        (
            _("Imprint"),
            {
                "fields": [
                    "legal_name",
                    "represented_by",
                    "register_court",
                    "register_number",
                    "vat_id",
                    "supervisory_authority",
                    "content_responsible",
                ]
            },
        ),
    ]

    def has_add_permission(self, request):
        return not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
