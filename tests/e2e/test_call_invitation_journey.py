"""A first visitor meets the call: the home page and the call's page open with its
question, the step bar with the current phase, the deadline, what it has gathered and one
action, in German and in Arabic (right to left), in the site's own logo and colour.
Screenshots at 390 and 1280 px of the home page, the call and a contribution stay in
screenshots/ (see conftest.shoot)."""

from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from PIL import Image
from playwright.sync_api import Browser, expect

from praxisdialog.calls.models import Call
from praxisdialog.contributions.models import Contribution
from praxisdialog.core.models import SiteSettings

PRIMARY = "#7a1f5c"  # white text on it: 9.6:1


@pytest.fixture
def demo(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    logo = BytesIO()
    Image.new("RGB", (400, 100), (122, 31, 92)).save(logo, "PNG")
    site = SiteSettings.load()
    site.logo.save("logo.png", ContentFile(logo.getvalue()), save=False)
    site.primary_color = PRIMARY
    site.save()
    call = Call.objects.get(status=Call.Status.PUBLISHED)
    contribution = (
        Contribution.objects.filter(call=call, status=Contribution.Status.PUBLISHED)
        .order_by("-published_at")
        .first()
    )
    return {"call": call, "contribution": contribution}


@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_call_invites_a_first_visitor(live_server, browser: Browser, demo, shoot, language):
    context = browser.new_context(locale=language)
    page = context.new_page()
    call = demo["call"]

    page.goto(f"{live_server.url}/")
    steps = page.locator("ol.step-bar > li")
    expect(steps).to_have_count(call.phases.count())
    expect(page.locator('ol.step-bar > li[aria-current="step"]')).to_have_count(1)
    expect(page.locator(".call-figures dd").first).not_to_have_text("0")
    action = page.locator(".call-action a")
    expect(action).to_have_count(1)
    # The site's colour and logo arrive through the strict CSP: the action wears the
    # colour, the logo has loaded and names the site.
    expect(action).to_have_css("background-color", "rgb(122, 31, 92)")
    logo = page.locator(".brand img")
    expect(logo).to_have_attribute("alt", SiteSettings.load().institute_name)
    assert logo.evaluate("image => image.complete && image.naturalWidth > 0")
    first, second = steps.nth(0).bounding_box(), steps.nth(1).bounding_box()
    if language == "ar":
        assert first["x"] > second["x"], "the steps run right to left in Arabic"
    else:
        assert first["x"] < second["x"]
    shoot(page, f"invite-home-{language}")

    page.goto(f"{live_server.url}{call.get_absolute_url()}")
    expect(page.locator('ol.step-bar > li[aria-current="step"]')).to_have_count(1)
    expect(page.locator(".call-question")).not_to_be_empty()
    shoot(page, f"invite-call-{language}")

    page.goto(f"{live_server.url}{demo['contribution'].get_absolute_url()}")
    expect(page.locator("h1")).to_have_count(1)
    shoot(page, f"invite-contribution-{language}")
    context.close()
