"""Every list and detail page, and every list and detail of the API, makes the same
number of queries with 2 rows as with 20: for visitors, for a participant on their own
pages and for staff on the staff pages. tests/core/test_query_counts.py measures the
main pages on the demo data; the pages' own apps measure some more; this covers the
rest of the URL map, each page with the rows it lists grown from 2 to 20."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from praxisdialog.contributions.models import Contribution
from praxisdialog.events.models import Feedback
from praxisdialog.events.services import registration_create
from praxisdialog.moderation.services import contest_create, decision_make, report_create
from praxisdialog.network.models import Block, Message
from praxisdialog.newsletter.models import Delivery
from praxisdialog.notifications.models import Kind, Notification
from praxisdialog.pages.models import Page
from praxisdialog.practices.models import Adoption, PracticeUpdate
from tests.accounts.factories import VerifiedUserFactory
from tests.blog.factories import CategoryFactory, PostFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory, reply_to
from tests.events.factories import AgendaSlotFactory, EventFactory
from tests.insights.factories import ThemeAssignmentFactory, ThemeFactory, ThemeRunFactory
from tests.moderation.factories import moderator
from tests.network.factories import (
    ContactRequestFactory,
    ProfileFactory,
    PublicProfileFactory,
    conversation_between,
)
from tests.newsletter.factories import NewsletterFactory, SubscriberFactory

pytestmark = pytest.mark.django_db


def _count(client, name: str, path: str) -> int:
    client.get(path)  # caches (site settings, figures) are filled on a first visit
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, (name, path, response.status_code)
    return len(queries.captured_queries)


def _same_at_two_sizes(client, paths: dict[str, str], grow) -> None:
    grow(2)
    small = {name: _count(client, name, path) for name, path in paths.items()}
    grow(18)
    large = {name: _count(client, name, path) for name, path in paths.items()}
    assert large == small


def test_public_lists_feeds_and_details_keep_their_queries(client, call):
    contribution = ContributionFactory(call=call)
    root = CommentFactory(target=contribution)
    event = EventFactory()
    category = CategoryFactory(name="Hintergrund")
    post = PostFactory(categories=[category])
    profile = PublicProfileFactory()
    run = ThemeRunFactory(call=call, published_at=timezone.now())
    theme = ThemeFactory(run=run)
    page = Page.objects.order_by("pk").first()  # the imprint and others, made by migrations

    def grow(n):
        for _ in range(n):
            CallFactory()
            reply_to(root)
            CommentFactory(target=contribution)
            EventFactory()
            AgendaSlotFactory(event=event)
            PostFactory(categories=[category])
            PublicProfileFactory()
            Adoption.objects.create(
                contribution=contribution, author=VerifiedUserFactory(), text="Auch bei uns."
            )
            PracticeUpdate.objects.create(
                contribution=contribution, author=contribution.author, state="running", text="Gut."
            )
            ThemeFactory(run=run)
            ThemeAssignmentFactory(theme=theme)

    api = "/api/v1"
    paths = {
        "calls feed": "/calls/feed/rss/",
        "comment thread": f"/comments/{root.pk}/",
        "contribution with updates and adoptions": contribution.get_absolute_url(),
        "events calendar feed": "/events/feed.ics",
        "events feed": "/events/feed/rss/",
        "event agenda": f"/events/{event.pk}/agenda/",
        "event": event.get_absolute_url(),
        "blog category": category.get_absolute_url(),
        "blog feed": "/blog/feed/rss/",
        "profile": profile.get_absolute_url(),
        "network feed": "/network/feed/",
        "page": page.get_absolute_url(),
        "theme": theme.get_absolute_url(),
        "API calls": f"{api}/calls",
        "API call": f"{api}/calls/{call.slug}",
        "API contribution": f"{api}/contributions/{contribution.pk}",
        "API comments": f"{api}/contributions/{contribution.pk}/comments",
        "API replies": f"{api}/comments/{root.pk}/replies",
        "API adoptions": f"{api}/contributions/{contribution.pk}/adoptions",
        "API events": f"{api}/events",
        "API event": f"{api}/events/{event.pk}",
        "API profiles": f"{api}/network/profiles",
        "API profile": f"{api}/network/profiles/{profile.pk}",
        "API concepts": f"{api}/concepts",
        "API themes": f"{api}/calls/{call.slug}/themes",
        "API theme": f"{api}/themes/{theme.pk}",
        "API posts": f"{api}/posts",
        "API post": f"{api}/posts/{post.slug}",
        "API page": f"{api}/pages/{page.slug}",
    }
    _same_at_two_sizes(client, paths, grow)


def test_a_participants_own_pages_keep_their_queries(client, call, user):
    ProfileFactory(user=user)
    first = conversation_between(VerifiedUserFactory(), user)
    registration = registration_create(event=EventFactory(capacity=100), user=user)
    client.force_login(user)

    def grow(n):
        for i in range(n):
            ContributionFactory(call=call, author=user)
            Notification.objects.create(recipient=user, kind=Kind.COMMENT_REPLY, url="/")
            ContactRequestFactory(recipient=user)
            Message.objects.create(conversation=first, author=user, text=f"Nachricht {i}")
            conversation_between(VerifiedUserFactory(), user)
            Block.objects.create(blocker=user, blocked=VerifiedUserFactory())
            ProfileFactory()

    api = "/api/v1"
    paths = {
        "my contributions": "/my/contributions/",
        "account": "/account/",
        "privacy": "/account/privacy/",
        "notifications": "/notifications/",
        "contact requests": "/network/requests/",
        "conversations": "/network/conversations/",
        "conversation": first.get_absolute_url(),
        "blocks": "/network/blocks/",
        "registration": f"/events/r/{registration.token}/",
        "API notifications": f"{api}/notifications",
        "API contact requests": f"{api}/network/contact-requests",
        "API conversations": f"{api}/network/conversations",
        "API conversation": f"{api}/network/conversations/{first.pk}",
        "API messages": f"{api}/network/conversations/{first.pk}/messages",
        "API suggestions": f"{api}/network/suggestions",
    }
    _same_at_two_sizes(client, paths, grow)


def _report(target, number: int):
    return report_create(
        target=target,
        email=f"meldung{number}@example.org",
        reason="hate",
        explanation="Beleidigend",
        good_faith=True,
    )


def test_staff_pages_keep_their_queries(client, call, settings):
    settings.RATE_LIMITS = {"report": (10**6, 10**6, 3600)}
    staff = moderator()
    staff.is_staff = True
    staff.save()
    submitted = ContributionFactory(call=call, status=Contribution.Status.SUBMITTED)
    author = VerifiedUserFactory()
    reported = CommentFactory(author=author)
    entry = _report(reported, 0).entry
    decided = CommentFactory(author=author)
    decision = decision_make(
        entry=_report(decided, 0).entry,
        moderator=staff,
        action="hide",
        ground="hate",
        explanation="Beleidigung",
    )
    contest = contest_create(decision=decision, author=author, text="Das war Satire.")
    event = EventFactory(capacity=1000)
    newsletter = NewsletterFactory()
    client.force_login(staff)

    serial = itertools.count(1)

    def grow(n):
        for _ in range(n):
            i = next(serial)
            ContributionFactory(call=call, status=Contribution.Status.SUBMITTED)
            _report(reported, i)
            _report(CommentFactory(author=author), i)
            other = _report(CommentFactory(), i).entry
            decision_make(entry=other, moderator=staff, action="publish")
            registration = registration_create(
                event=event, name=f"Gast {i}", email=f"gast{i}@example.org", by_organiser=True
            )
            Feedback.objects.create(registration=registration, rating=4, liked="Die Gruppen.")
            ThemeRunFactory(call=call)
            Delivery.objects.create(newsletter=newsletter, subscriber=SubscriberFactory())

    api = "/api/v1"
    paths = {
        "review queue": "/review/",
        "review": f"/review/{submitted.pk}/",
        "moderation desk": "/moderation/",
        "queue entry": f"/moderation/entries/{entry.pk}/",
        "decision log": "/moderation/log/",
        "decision": f"/moderation/decisions/{decision.pk}/",
        "contest": f"/moderation/contests/{contest.pk}/",
        "account": f"/moderation/accounts/{author.pk}/",
        "participants": f"/events/{event.pk}/participants/",
        "check-in": f"/events/{event.pk}/check-in/",
        "feedback": f"/events/{event.pk}/feedback/",
        "theme runs": f"/calls/{call.slug}/themes/curate/",
        "newsletter": f"/newsletter/manage/{newsletter.pk}/",
        "API moderation queue": f"{api}/moderation/queue",
        "API resonance": f"{api}/calls/{call.slug}/resonance",
        "API open data": f"{api}/calls/{call.slug}/open-data",
    }
    _same_at_two_sizes(client, paths, grow)
