"""seed_demo tells one coherent story: each demo person speaks in one role from one
region (in their contributions and their network profile alike), every comment sits under
the contribution it talks about, and the event and the blog post belong to the call."""

import pytest
from django.core.management import call_command

from praxisdialog.blog.models import Post
from praxisdialog.calls.models import Call
from praxisdialog.contributions.models import Contribution
from praxisdialog.discussion import demo as discussion_demo
from praxisdialog.discussion.models import Comment
from praxisdialog.events.models import Event
from praxisdialog.network.models import Profile

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_call():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return Call.objects.get(status=Call.Status.PUBLISHED)


def test_each_person_has_one_role_and_one_region(demo_call):
    voices: dict[int, set] = {}
    for author_id, role_id, region in Contribution.objects.values_list(
        "author_id", "role_id", "region"
    ):
        voices.setdefault(author_id, set()).add((role_id, region))
    assert voices and all(len(pairs) == 1 for pairs in voices.values()), voices
    for profile in Profile.objects.filter(user_id__in=voices):
        assert voices[profile.user_id] == {(profile.role_id, profile.region)}, profile


def test_every_comment_is_under_the_contribution_it_talks_about(demo_call):
    comments = Comment.objects.all()
    assert comments.exists()
    titles = {c.pk: c.title for c in Contribution.objects.all()}
    for comment in comments:
        title = titles[comment.object_id]
        language, opening, replies = discussion_demo.THREADS[title]
        assert comment.text in {opening, *(text for _who, text in replies)}
        assert comment.language == language


def test_event_and_post_belong_to_the_call(demo_call):
    assert Event.objects.filter(call=demo_call).exists()
    assert set(Event.objects.values_list("call_id", flat=True)) == {demo_call.pk}
    assert set(Post.objects.values_list("call_id", flat=True)) == {demo_call.pk}
