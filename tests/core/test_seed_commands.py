import pytest
from django.core.management import call_command

from praxisdialog.contributions.models import Contribution
from praxisdialog.discussion.models import Comment

pytestmark = pytest.mark.django_db


def test_seed_demo_is_idempotent(capsys):
    call_command("seed_demo")
    first = capsys.readouterr().out
    counts = (Contribution.objects.count(), Comment.objects.count())
    call_command("seed_demo")
    assert (Contribution.objects.count(), Comment.objects.count()) == counts
    assert Contribution.objects.filter(status="published").count() >= 24
    assert "staff@example.org" in first


def test_seed_scale_adds_contributions_and_comments():
    call_command("seed_scale", contributions=150, comments=90, authors=10)
    assert Contribution.objects.filter(title__contains="(150)").exists()
    scaled = Comment.objects.filter(author__email__startswith="scale-")
    assert scaled.count() == 90
    assert scaled.filter(depth=1).count() == 30
    replies = sum(scaled.filter(depth=0).values_list("reply_count", flat=True))
    assert replies == 30
