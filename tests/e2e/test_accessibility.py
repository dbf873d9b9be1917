"""axe-core (vendored, tests/e2e/vendor/) on every main page, in German and in Arabic:
signed out, as a participant and as staff, at desktop and at phone width (the same load,
narrowed, where no page may scroll sideways either). No page may have a serious or critical
violation, and every page says its language.

One test per language seeds the demo content once (`seed_demo`, with a conversation and a
registration it lacks) and walks each audience's pages in a browser context of its own;
the browser and the live server are shared by the whole session."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import Browser

from praxisdialog.accounts import demo as accounts_demo
from praxisdialog.accounts.models import User
from praxisdialog.blog.models import Post
from praxisdialog.calls.models import Call
from praxisdialog.contributions.models import Contribution
from praxisdialog.events.models import Event, Registration
from praxisdialog.events.services import registration_create
from praxisdialog.network.models import Profile
from praxisdialog.pages.models import Page as SitePage
from tests.e2e.accessibility import install_axe, serious_violations
from tests.network.factories import conversation_between

LANGUAGES = ["de", "ar"]
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 860}
AUDIENCES = ["visitor", "participant", "staff"]
LOGINS = {
    "participant": (accounts_demo.PARTICIPANT_EMAIL, accounts_demo.PARTICIPANT_PASSWORD),
    "staff": (accounts_demo.STAFF_EMAIL, accounts_demo.STAFF_PASSWORD),
}


def _site() -> dict[str, list[str]]:
    """The addresses each audience walks, built on the demo content."""
    call_command("seed_demo", stdout=StringIO())
    call = Call.objects.get()
    slug = call.slug
    participant = User.objects.get(email=accounts_demo.PARTICIPANT_EMAIL)
    contribution = Contribution.objects.filter(call=call, status="published").first()
    event = Event.objects.filter(call=call).first()
    registration = Registration.objects.filter(
        event=event, user=participant
    ).first() or registration_create(event=event, user=participant)
    profile = Profile.objects.filter(visibility=Profile.Visibility.PUBLIC).first()
    conversation = conversation_between(participant, profile.user)
    post = Post.objects.exclude(published_at=None).first()
    role = call.roles.first()
    public = [
        "/",
        call.get_absolute_url(),
        reverse("contributions:contribution-list", kwargs={"slug": slug}),
        reverse("contributions:contribution-list", kwargs={"slug": slug})
        + (f"?role={role.slug}&sort=helpful" if role else "?sort=helpful"),
        contribution.get_absolute_url(),
        reverse("events:event-list"),
        event.get_absolute_url(),
        reverse("network:profile-list"),
        profile.get_absolute_url(),
        reverse("blog:post-list"),
        post.get_absolute_url(),
        *(page.get_absolute_url() for page in SitePage.objects.exclude(kind="other")),
        reverse("pages:contact"),
        reverse("insights:theme-list", kwargs={"slug": slug}),
        reverse("resonance:summary", kwargs={"slug": slug}),
        reverse("newsletter:subscribe"),
        reverse("search:search") + "?q=Ausbildung",
    ]
    return {
        "visitor": [*public, reverse("account_login"), reverse("account_signup")],
        "participant": [
            *public,
            reverse("contributions:contribution-create", kwargs={"slug": slug}),
            reverse("contributions:my-contributions"),
            reverse("accounts:overview"),
            reverse("notifications:preferences"),
            reverse("notifications:list"),
            reverse("network:profile-edit"),
            reverse("network:conversation-list"),
            conversation.get_absolute_url(),
            registration.get_manage_url(),
        ],
        "staff": [
            "/",
            reverse("console:console"),
            reverse("contributions:review-queue"),
            reverse("moderation:desk"),
            reverse("resonance:dashboard", kwargs={"slug": slug}),
            reverse("insights:staff-runs", kwargs={"slug": slug}),
            reverse("newsletter:manage-list"),
            reverse("events:participants", kwargs={"pk": event.pk}),
            "/api/v1/docs",
        ],
    }


def _walk(page, base: str, urls: list[str], language: str) -> dict[str, list[str]]:
    found = {}
    for url in urls:
        response = page.goto(base + url)
        problems = []
        if response is None or response.status >= 400:
            problems.append(f"answered {response.status if response else 'nothing'}")
        elif url.startswith("/api/"):
            # Swagger UI draws the operations after fetching the schema.
            page.locator(".opblock").first.wait_for()
        problems += serious_violations(page)
        # The same document at phone width: the header folds into its menu button and
        # the filters into one control, which axe has to see too.
        page.set_viewport_size(PHONE)
        problems += [f"at {PHONE['width']} px: {line}" for line in serious_violations(page)]
        if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
            problems.append(f"the page scrolls sideways at {PHONE['width']} px")
        page.set_viewport_size(DESKTOP)
        if page.locator("html").get_attribute("lang") != language:
            problems.append("the page does not say its language (<html lang>)")
        if problems:
            found[url] = problems
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_pages_have_no_serious_barriers(
    live_server, browser: Browser, transactional_db, language
):
    site = _site()
    found = {}
    for audience in AUDIENCES:
        context = browser.new_context(locale=language, viewport=DESKTOP)
        install_axe(context)
        page = context.new_page()
        if audience in LOGINS:
            email, password = LOGINS[audience]
            page.goto(f"{live_server.url}/accounts/login/")
            page.fill("#id_login", email)
            page.fill("#id_password", password)
            page.locator("main form button[type=submit]").click()
            page.wait_for_load_state()
            assert "/accounts/login/" not in page.url, f"the demo {audience} could not log in"
        for url, problems in _walk(page, live_server.url, site[audience], language).items():
            found[f"{audience} {url}"] = problems
        context.close()
    assert not found, "\n".join(
        f"{where}: {line}" for where, lines in found.items() for line in lines
    )
