from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.i18n import TranslatedText, localized


class Page(TranslatedText):
    """A page staff edit in the admin (imprint, privacy policy, ...). Every save keeps
    the earlier text as a PageVersion, so any state can be looked up and restored."""

    class Kind(models.TextChoices):
        IMPRINT = "imprint", _("Imprint")
        PRIVACY = "privacy", _("Privacy policy")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")
        COMMUNITY_RULES = "community_rules", _("Community rules")
        OTHER = "other", _("Other page")

    translated_fields = ("title", "body")

    slug = models.SlugField(_("address"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text (Markdown)"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["title"]
        constraints = [
            # Footer links find the legal pages by kind: one page of each.
            models.UniqueConstraint(
                fields=["kind"],
                condition=~models.Q(kind="other"),
                name="one_page_per_legal_kind",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("pages:page-detail", kwargs={"slug": self.slug})

    @property
    def display_title(self) -> str:
        return localized(self, "title")

    @property
    def display_body(self) -> str:
        return localized(self, "body")


class PageVersion(models.Model):
    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="versions", verbose_name=_("page")
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text (Markdown)"), blank=True)
    # The versions staff wrote in the other languages at that time, as the page's
    # `translations` holds them; None for versions saved before they were kept.
    translations = models.JSONField(
        _("versions in other languages"), null=True, blank=True, editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    created_at = models.DateTimeField(_("saved"), auto_now_add=True)

    class Meta:
        verbose_name = _("page version")
        verbose_name_plural = _("page versions")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.title} ({self.created_at:%Y-%m-%d %H:%M})"
