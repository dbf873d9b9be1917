"""axe-core on every main page, in German and in Arabic, signed out and signed in: no
serious or critical violation. Signed in is a staff account, which sees the most (the
staff links in the header, the resonance dashboard, the staff console)."""

import pytest
from playwright.sync_api import Browser

from praxisdialog.contributions.models import Answer
from praxisdialog.pages.defaults import PAGES
from praxisdialog.pages.models import Page as SitePage
from tests.accounts.factories import PASSWORD, StaffFactory
from tests.blog.factories import PostFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.e2e.accessibility import install_axe, serious_violations
from tests.events.factories import EventFactory
from tests.network.factories import PublicProfileFactory

SIGNED_OUT_ONLY = ["/accounts/login/", "/accounts/signup/"]


@pytest.fixture
def site(transactional_db):
    for data in PAGES:
        SitePage.objects.get_or_create(slug=data["slug"], defaults=data)
    call = CallFactory()
    contribution = ContributionFactory(call=call)
    arabic = ContributionFactory(call=call, title="تدريب مشترك في المخبز", language="ar")
    Answer.objects.filter(contribution=arabic).update(text="عملنا **معاً** كل صباح.")
    CommentFactory(target=contribution)
    event = EventFactory()
    post = PostFactory()
    profile = PublicProfileFactory()
    pages = [
        "/",
        call.get_absolute_url(),
        f"/calls/{call.slug}/contributions/",
        contribution.get_absolute_url(),
        arabic.get_absolute_url(),
        "/events/",
        f"/events/{event.pk}/",
        "/network/",
        f"/network/profiles/{profile.pk}/",
        "/blog/",
        post.get_absolute_url(),
        *(f"/pages/{data['slug']}/" for data in PAGES),
        "/contact/",
        "/newsletter/",
        "/api/v1/docs",
    ]
    signed_in = [
        f"/calls/{call.slug}/contribute/",
        "/my/contributions/",
        "/account/",
        "/notifications/",
        "/network/profile/",
        f"/calls/{call.slug}/resonance/",
        f"/calls/{call.slug}/summary/",
        f"/calls/{call.slug}/themes/",
        "/staff/",
    ]
    return {"pages": pages, "signed_in": signed_in}


@pytest.mark.parametrize("signed_in", [False, True], ids=["signed-out", "signed-in"])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_main_pages_have_no_serious_barriers(
    live_server, browser: Browser, site, language, signed_in
):
    context = browser.new_context(locale=language)
    install_axe(context)
    page = context.new_page()
    urls = list(site["pages"])
    if signed_in:
        staff = StaffFactory()
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("#id_login", staff.email)
        page.fill("#id_password", PASSWORD)
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()
        urls += site["signed_in"]
    else:
        urls += SIGNED_OUT_ONLY
    found = {}
    for url in urls:
        response = page.goto(live_server.url + url)
        assert response.status < 400, (url, response.status)
        if url.startswith("/api/"):
            # Swagger UI draws the operations after fetching the schema.
            page.locator(".opblock").first.wait_for()
        problems = serious_violations(page)
        if not page.locator("html").get_attribute("lang"):
            problems.append("the page does not say its language (<html lang>)")
        if problems:
            found[url] = problems
    context.close()
    assert not found, "\n".join(f"{url}: {line}" for url, lines in found.items() for line in lines)
