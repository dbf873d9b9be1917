import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _

from .appearance import HEX_COLOUR, darker, validate_colour


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

    # The site's look (core/appearance.py): shown in the header, applied as CSS custom
    # properties by a stylesheet of its own (core.views.theme_css), so the CSP stays strict.
    logo = models.ImageField(
        _("logo"),
        upload_to="site/",
        blank=True,
        help_text=_("PNG, JPEG or WebP, at most 2 MB; shown in the header with the name as text."),
    )
    primary_color = models.CharField(
        _("primary colour"),
        max_length=7,
        blank=True,
        validators=[validate_colour],
        help_text=_("Buttons and links, for example #0b5cad. White text on it must be readable."),
    )
    accent_color = models.CharField(
        _("accent colour"),
        max_length=7,
        blank=True,
        validators=[validate_colour],
        help_text=_(
            "The bar above the call and its current phase, for example #8a3b12. White text "
            "on it must be readable."
        ),
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
    def has_theme(self) -> bool:
        return bool(self.primary_color or self.accent_color)

    @property
    def theme_version(self) -> str:
        """Changes with the colours, so the theme stylesheet can be cached for long."""
        colours = f"{self.primary_color}{self.accent_color}".encode()
        return hashlib.blake2s(colours, digest_size=4).hexdigest()

    @property
    def theme_properties(self) -> list[tuple[str, str]]:
        """The CSS custom properties the colours set (see static/css/app.css)."""
        # Only well-formed colours reach the stylesheet, however a value got into the row.
        properties = []
        if HEX_COLOUR.match(self.primary_color):
            properties += [
                ("--accent", self.primary_color.lower()),
                ("--accent-dark", darker(self.primary_color)),
            ]
        if HEX_COLOUR.match(self.accent_color):
            properties.append(("--highlight", self.accent_color.lower()))
        return properties

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
