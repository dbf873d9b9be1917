"""The permission matrix over anonymous, participant, author, moderator and staff, and
the promise that no input renders as script."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import AnonymousUser
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from praxisdialog.core.markdown import render_markdown
from praxisdialog.moderation.models import Decision
from tests.accounts.factories import StaffFactory, VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.moderation.factories import moderator

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "participant", "author", "moderator", "staff"]


@pytest.fixture
def world():
    author = VerifiedUserFactory()
    contribution = ContributionFactory()
    comment = CommentFactory(target=contribution, author=author)
    decision = Decision.objects.create(
        subject=author,
        action="hide",
        ground="hate",
        explanation="x",
        content_type=comment.content_type,
        object_id=comment.pk,
    )
    people = {
        "anonymous": AnonymousUser(),
        "participant": VerifiedUserFactory(),
        "author": author,
        "moderator": moderator(),
        "staff": StaffFactory(),
    }
    return people, contribution, comment, decision


# action -> (object key, roles allowed)
MATRIX = {
    "discussion.add_comment": ("contribution", {"participant", "author", "moderator", "staff"}),
    "discussion.reply_comment": ("comment", {"participant", "author", "moderator", "staff"}),
    "discussion.view_comment": ("comment", set(ROLES)),
    "discussion.change_comment": ("comment", {"author"}),
    "discussion.delete_comment": ("comment", {"author"}),
    "discussion.react_comment": ("comment", {"participant", "moderator", "staff"}),
    "moderation.view_desk": (None, {"moderator", "staff"}),
    "moderation.decide": (None, {"moderator", "staff"}),
    "moderation.manage_account": (None, {"moderator", "staff"}),
    "moderation.view_log": (None, {"staff"}),
    "moderation.view_decision": ("decision", {"author", "moderator", "staff"}),
    "moderation.contest_decision": ("decision", {"author"}),
    "notifications.follow": ("contribution", {"participant", "author", "moderator", "staff"}),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("perm", sorted(MATRIX))
def test_permission_matrix(world, perm, role):
    people, contribution, comment, decision = world
    key, allowed = MATRIX[perm]
    obj = {"contribution": contribution, "comment": comment, "decision": decision, None: None}[key]
    assert people[role].has_perm(perm, obj) is (role in allowed)


@pytest.mark.parametrize(
    ("role", "path", "status"),
    [
        ("anonymous", "/moderation/", 302),
        ("participant", "/moderation/", 403),
        ("moderator", "/moderation/", 200),
        ("moderator", "/moderation/log/", 403),
        ("staff", "/moderation/log/", 200),
        ("anonymous", "/notifications/", 302),
        ("participant", "/notifications/", 200),
        ("participant", "decision", 404),
        ("author", "decision", 200),
    ],
)
def test_pages_answer_by_role(client, world, role, path, status):
    people, _contribution, _comment, decision = world
    if role != "anonymous":
        client.force_login(people[role])
    if path == "decision":
        path = f"/moderation/decisions/{decision.pk}/"
    assert client.get(path).status_code == status


class _Dangers(HTMLParser):
    """Parses HTML as a browser would and notes script elements, event handler
    attributes and javascript: URLs; escaped text that merely reads alike is harmless."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.found.append("script")
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.found.append(name)
            cleaned = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
            if cleaned.startswith("javascript:"):
                self.found.append(f"{name}={value}")


def dangers(html: str) -> list[str]:
    parser = _Dangers()
    parser.feed(html)
    parser.close()
    return parser.found


PIECES = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[a](javascript:alert(1))",
        '<a href="javascript:x">',
        "javascript:",
        "onload=",
        "<svg onload=alert(1)>",
        "`",
        "[x](JaVaScRiPt:alert(1))",
        "<",
        ">",
        '"',
        "'",
        "](",
        "\n",
        "**",
        "<iframe>",
        "&lt;script&gt;",
        "[a]: javascript:alert(1)\n\n[a]",
        "![i](javascript:x)",
    ]
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=12).map("".join))
def test_no_input_renders_as_script_handler_or_javascript_url(text):
    assert dangers(str(render_markdown(text))) == []


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(PIECES, min_size=1, max_size=6).map("".join))
def test_a_comment_page_never_carries_user_script(client, text):
    comment = CommentFactory(text=text)
    page = client.get(f"/comments/{comment.pk}/").content.decode()
    body = page.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    assert dangers(body) == []
