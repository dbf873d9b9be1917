"""What comments can be written on, and what each target says about itself.

Contributions and calls today; blog posts and themes add a branch here."""

from django.contrib.contenttypes.models import ContentType

from praxisdialog.blog.models import Post
from praxisdialog.calls.models import Call
from praxisdialog.calls.phases import COMMENT, phase_allows
from praxisdialog.contributions.models import Contribution
from praxisdialog.insights.models import Theme


def target_type(target) -> ContentType:
    return ContentType.objects.get_for_model(target)


def target_title(target) -> str:
    if isinstance(target, Call):
        return target.display_title
    return str(target)


def target_call(target) -> Call | None:
    if isinstance(target, Post):
        return target.call
    if isinstance(target, Call):
        return target
    if isinstance(target, Contribution):
        return target.call
    if isinstance(target, Theme):
        return target.run.call
    return None


def target_accepts_comments(target) -> bool:
    if isinstance(target, Post):
        # A post is open for comments once published, whatever the phase of its call.
        return target.is_published
    call = target_call(target)
    if call is None or call.status != Call.Status.PUBLISHED:
        return False
    if isinstance(target, Contribution) and target.status != Contribution.Status.PUBLISHED:
        return False
    if isinstance(target, Theme) and not target.is_public:
        return False
    return phase_allows(call, COMMENT)


def target_is_visible(user, target) -> bool:
    """Whether `user` may read the target: a comment is never more visible than what it
    is written on (a hidden contribution, a call set back to draft, an unpublished
    theme or post hide their comments, their replies and the reports on them)."""
    if target is None:
        return False
    if isinstance(target, Contribution):
        return user.has_perm("contributions.view_contribution", target)
    if isinstance(target, Call):
        return user.has_perm("calls.view_call", target)
    if isinstance(target, Post):
        return user.has_perm("blog.view_post", target)
    if isinstance(target, Theme):
        return user.has_perm("insights.view_theme", target)
    return False


def target_owner(target):
    """The person told about every comment on the target: a contribution's author."""
    if isinstance(target, Contribution):
        return target.author
    return None


def target_for_comment(comment):
    """The target of a comment, loaded with what notifications and pages need."""
    model = comment.content_type.model_class()
    queryset = model._default_manager.all()
    if model is Contribution:
        queryset = queryset.select_related("author", "call")
    if model is Theme:
        queryset = queryset.select_related("run__call")
    if model is Post:
        queryset = queryset.select_related("call")
    return queryset.filter(pk=comment.object_id).first()
