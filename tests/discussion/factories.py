import factory
from django.contrib.contenttypes.models import ContentType

from praxisdialog.discussion.models import Comment
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.factories import ContributionFactory


class CommentFactory(factory.django.DjangoModelFactory):
    """A published top-level comment on a published contribution."""

    class Meta:
        model = Comment
        exclude = ["target"]

    target = factory.SubFactory(ContributionFactory)
    content_type = factory.LazyAttribute(lambda o: ContentType.objects.get_for_model(o.target))
    object_id = factory.LazyAttribute(lambda o: o.target.pk)
    author = factory.SubFactory(VerifiedUserFactory)
    text = factory.Sequence(lambda n: f"Ein Kommentar {n}")
    status = Comment.Status.PUBLISHED


def reply_to(parent: Comment, **kwargs) -> Comment:
    return CommentFactory(
        target=parent.target,
        parent=parent,
        root_id=parent.root_id or parent.pk,
        depth=parent.depth + 1,
        **kwargs,
    )
