from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.i18n import TranslatedText, localized


class Category(models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("blog:category", kwargs={"slug": self.slug})


class PostQuerySet(models.QuerySet):
    def published(self) -> "PostQuerySet":
        """Posts whose publication time has come: drafts (no time) and scheduled posts
        (a time in the future) stay hidden."""
        return self.filter(published_at__lte=timezone.now())


class Post(TranslatedText):
    translated_fields = ("title", "teaser", "body")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=100, unique=True)
    teaser = models.TextField(_("teaser"), max_length=600)
    body = models.TextField(_("text (Markdown)"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        # A deleted account leaves its posts standing, signed by the editorial team.
        on_delete=models.SET_NULL,
        null=True,
        related_name="blog_posts",
        verbose_name=_("author"),
    )
    published_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Empty: draft. A time in the future: the post appears at that time."),
    )
    image = models.ImageField(_("image"), upload_to="blog/", blank=True)
    image_alt = models.CharField(
        _("image description (alt text)"),
        max_length=300,
        blank=True,
        help_text=_("Required with an image: what the image shows, for people who cannot see it."),
    )
    categories = models.ManyToManyField(
        Category, related_name="posts", blank=True, verbose_name=_("categories")
    )
    call = models.ForeignKey(
        "calls.Call",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="posts",
        verbose_name=_("call"),
    )
    is_synthesis = models.BooleanField(
        _("synthesis of the call"),
        default=False,
        help_text=_("The summary that opens the next phase; the call page links it prominently."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")
        ordering = ["-published_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(image="") | ~models.Q(image_alt=""),
                name="post_image_has_alt_text",
            ),
            models.UniqueConstraint(
                fields=["call"],
                condition=models.Q(is_synthesis=True),
                name="one_synthesis_per_call",
                violation_error_message=_("This call already has a synthesis."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("blog:post-detail", kwargs={"slug": self.slug})

    @property
    def display_title(self) -> str:
        return localized(self, "title")

    @property
    def display_teaser(self) -> str:
        return localized(self, "teaser")

    @property
    def display_body(self) -> str:
        return localized(self, "body")

    @property
    def byline(self) -> str:
        return str(self.author.public_name) if self.author else str(_("Editorial team"))

    @property
    def is_published(self) -> bool:
        return self.published_at is not None and self.published_at <= timezone.now()

    def clean(self) -> None:
        if self.image and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Please describe the image for people who cannot see it.")}
            )
        if self.is_synthesis and self.call_id is None:
            raise ValidationError({"call": _("A synthesis belongs to a call.")})
