from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .appearance import clean_logo
from .models import SiteSettings


class SiteSettingsForm(forms.ModelForm):
    """Staff edit the site settings here: an uploaded logo is checked and re-encoded
    before it reaches the storage; the colours are checked by their model validators."""

    class Meta:
        model = SiteSettings
        # The admin asks for every field of its fieldsets; these are the ones this form
        # adds something to.
        fields = ("logo", "primary_color", "accent_color")
        widgets = {
            "primary_color": forms.TextInput(attrs={"placeholder": "#0b5cad", "size": 8}),
            "accent_color": forms.TextInput(attrs={"placeholder": "#8a3b12", "size": 8}),
        }

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and logo is not self.initial.get("logo") and hasattr(logo, "content_type"):
            return clean_logo(logo)
        return logo


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    form = SiteSettingsForm
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
        (_("Appearance"), {"fields": ["logo", "primary_color", "accent_color"]}),
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
