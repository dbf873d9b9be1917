import pytest
from django.core.management import call_command

from praxisdialog.blog.models import Post
from praxisdialog.contributions.models import Answer, Contribution
from praxisdialog.discussion.models import Comment
from praxisdialog.events.models import Event, Registration
from praxisdialog.network.models import Profile
from praxisdialog.newsletter.models import Subscriber

pytestmark = pytest.mark.django_db

SMALL = {"thread": 0, "events": 0, "profiles": 0, "posts": 0, "subscribers": 0}


def test_seed_demo_is_idempotent(capsys):
    call_command("seed_demo")
    first = capsys.readouterr().out
    counts = (Contribution.objects.count(), Comment.objects.count())
    call_command("seed_demo")
    assert (Contribution.objects.count(), Comment.objects.count()) == counts
    assert Contribution.objects.filter(status="published").count() >= 24
    assert "staff@example.org" in first


def test_seed_scale_adds_contributions_and_comments():
    call_command("seed_scale", contributions=150, comments=90, authors=10, **SMALL)
    assert Contribution.objects.filter(title__contains="(150)").exists()
    scaled = Contribution.objects.filter(consent_version="scale")
    # 150 and the contribution whose thread has 100 comments.
    assert scaled.count() == 151
    assert Answer.objects.filter(contribution__in=scaled).count() == 151 * 3
    comments = Comment.objects.filter(author__email__startswith="scale-")
    assert comments.count() == 90 + 100
    assert comments.filter(depth=1).count() == 30 + 33
    replies = sum(comments.filter(depth=0).values_list("reply_count", flat=True))
    assert replies == 30 + 33
    for reply in comments.filter(depth=1)[:20]:
        assert reply.root_id == reply.parent_id
        assert reply.object_id == reply.parent.object_id


def test_seed_scale_adds_what_pages_show_at_scale_once():
    options = {"thread": 40, "events": 2, "registrations": 5, "profiles": 12, "posts": 3}
    call_command("seed_scale", contributions=20, comments=0, subscribers=7, **options)
    call_command("seed_scale", contributions=20, comments=0, subscribers=7, **options)
    assert Contribution.objects.filter(consent_version="scale").count() == 2 * 20 + 2
    event = Event.objects.filter(title__startswith="Skalierung").first()
    assert Event.objects.filter(title__startswith="Skalierung").count() == 2
    assert Registration.objects.filter(event=event, status="confirmed").count() == 5
    assert event.queue_counter == 5
    assert Profile.objects.filter(user__email__startswith="scale-", is_listed=True).count() == 12
    assert Post.objects.filter(slug__startswith="scale-").count() == 3
    assert Subscriber.objects.filter(email__startswith="scale-", status="confirmed").count() == 7
    thread = Contribution.objects.get(title__endswith="(1 of 10,000)")
    assert (
        Comment.objects.filter(object_id=thread.pk, content_type__model="contribution").count()
        == 40
    )
