from django.db import models
from django.utils.translation import gettext_lazy as _


class SiteSettings(models.Model):
    """The institute behind the site: shown in the footer and the imprint.

    One row (pk=1), edited by staff in the admin; `SiteSettings.load()` creates it."""

    institute_name = models.CharField(_("institute"), max_length=200, default="Praxisdialog")
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    street_address = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    mastodon_url = models.URLField(_("Mastodon"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    website_url = models.URLField(_("website"), blank=True)
    # The imprint (§ 5 DDG, § 18 MStV), rendered on the imprint page.
    legal_name = models.CharField(
        _("name and legal form"),
        max_length=200,
        blank=True,
        help_text=_("For example: Example Institute gGmbH."),
    )
    represented_by = models.CharField(_("represented by"), max_length=300, blank=True)
    register_court = models.CharField(_("register court"), max_length=120, blank=True)
    register_number = models.CharField(_("register number"), max_length=60, blank=True)
    vat_id = models.CharField(_("VAT identification number"), max_length=30, blank=True)
    supervisory_authority = models.CharField(_("supervisory authority"), max_length=300, blank=True)
    content_responsible = models.CharField(
        _("responsible for content (§ 18 (2) MStV)"),
        max_length=300,
        blank=True,
        help_text=_("Name and address of the person responsible for editorial content."),
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        constraints = [
            models.CheckConstraint(condition=models.Q(pk=1), name="site_settings_single_row")
        ]

    def __str__(self) -> str:
        return self.institute_name

    @classmethod
    def load(cls) -> "SiteSettings":
        settings, _created = cls.objects.get_or_create(pk=1)
        return settings

    @property
    def social_links(self) -> list[tuple[str, str]]:
        links = [
            ("Mastodon", self.mastodon_url),
            ("LinkedIn", self.linkedin_url),
            ("Instagram", self.instagram_url),
        ]
        return [(name, url) for name, url in links if url]


class SentMail(models.Model):
    """A mail handed to the mailer, named by what it was about ("network.message:42").
    Tasks claim the name before sending, so a task that runs twice sends one mail."""

    key = models.CharField(max_length=200, unique=True)
    sent_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key
