from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

MAX_DEPTH = 3


class Comment(models.Model):
    """A comment on a contribution, a call, and later a blog post or a theme.

    The target is a content type plus an object id rather than one nullable foreign key
    per target: there will be four targets, two of them in apps that do not exist yet,
    and every new one would otherwise need a column, a migration here and a wider check
    constraint. Integrity is kept by the services (targets are fetched before a comment
    is written) and `comment_target_delete` when a target goes.

    A top-level comment has depth 0 and no parent; replies go down to depth 3. `root`
    points at the top-level comment of the thread, so one query loads a whole thread."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for moderation")
        PUBLISHED = "published", _("Published")
        HIDDEN = "hidden", _("Hidden by the moderators")
        REJECTED = "rejected", _("Rejected")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children"
    )
    root = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="descendants"
    )
    depth = models.PositiveSmallIntegerField(default=0)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comments"
    )
    text = models.TextField(_("comment"), max_length=4000)
    # The language of the text, given by its author or recognised from it (see
    # translation.detection); empty for a deleted comment written before it was kept.
    language = models.CharField(_("language of the text"), max_length=8, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PUBLISHED
    )
    # Why an automatic check held it back, kindly worded for its author.
    held_reasons = models.JSONField(_("reasons it is held"), default=list, blank=True)
    redaction_note = models.CharField(
        _("note on an edit by the moderators"), max_length=300, blank=True
    )
    helpful_count = models.PositiveIntegerField(_("marked helpful"), default=0)
    reply_count = models.PositiveIntegerField(_("replies in the thread"), default=0)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["content_type", "object_id", "depth", "created_at"], name="comment_thread"
            ),
            models.Index(fields=["root", "created_at"], name="comment_replies"),
            models.Index(fields=["author", "created_at"], name="comment_author"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(depth__lte=MAX_DEPTH), name="comment_max_depth"),
            models.CheckConstraint(
                condition=(Q(depth=0) & Q(parent__isnull=True) & Q(root__isnull=True))
                | (Q(depth__gt=0) & Q(parent__isnull=False) & Q(root__isnull=False)),
                name="comment_parent_matches_depth",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:60]

    def get_absolute_url(self) -> str:
        return reverse("discussion:comment-detail", kwargs={"pk": self.pk})

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_visible(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.deleted_at is None

    @property
    def can_have_replies(self) -> bool:
        return self.depth < MAX_DEPTH


class CommentReaction(models.Model):
    """A "helpful" mark on a comment; one per person and comment."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("helpful mark on a comment")
        verbose_name_plural = _("helpful marks on comments")
        constraints = [
            models.UniqueConstraint(fields=["comment", "user"], name="one_reaction_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.comment_id}"
