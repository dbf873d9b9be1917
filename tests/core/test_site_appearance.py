"""The site's logo and colours, set by staff in the site settings: a logo is checked,
bounded and re-encoded and shown in the header with the site's name as its text; colours
are #rrggbb with white text readable on them (4.5:1), and reach the pages as CSS custom
properties through a stylesheet of their own, so the CSP stays strict."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from praxisdialog.core.appearance import contrast_with_white, validate_colour
from praxisdialog.core.models import SiteSettings
from tests.accounts.factories import StaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _png(size=(1200, 300)) -> bytes:
    output = BytesIO()
    Image.new("RGB", size, (11, 92, 173)).save(output, "PNG")
    return output.getvalue()


def _form(**changes) -> dict:
    site = SiteSettings.load()
    data = {
        "institute_name": site.institute_name,
        "primary_color": "",
        "accent_color": "",
    }
    data.update(changes)
    return data


@pytest.fixture
def admin_client(client):
    client.force_login(StaffFactory(is_superuser=True))
    return client


def _post(admin_client, data):
    return admin_client.post(
        reverse("admin:core_sitesettings_change", args=[SiteSettings.load().pk]), data
    )


def test_the_contrast_is_measured_as_wcag_does():
    assert round(contrast_with_white("#000000"), 1) == 21.0
    assert round(contrast_with_white("#ffffff"), 1) == 1.0
    assert round(contrast_with_white("#0b5cad"), 1) == 6.7


@pytest.mark.parametrize("colour", ["0b5cad", "#0b5cazz", "#fff", "red", "#0b5cad;x"])
def test_a_colour_must_be_written_as_six_hex_digits(colour):
    with pytest.raises(ValidationError, match=r"sechs Hexadezimalziffern"):
        validate_colour(colour)


def test_staff_set_colours_and_the_pages_carry_them(admin_client, client):
    response = _post(admin_client, _form(primary_color="#7A1F5C", accent_color="#1e6b3a"))
    assert response.status_code == 302
    site = SiteSettings.load()
    assert (site.primary_color, site.accent_color) == ("#7A1F5C", "#1e6b3a")

    page = client.get("/")
    html = page.content.decode()
    theme_url = f"{reverse('core:theme-css')}?v={site.theme_version}"
    assert f'<link rel="stylesheet" href="{theme_url}">' in html
    assert "style=" not in html.split("<body")[0]
    assert "unsafe-inline" not in page["Content-Security-Policy"]
    css = client.get(theme_url)
    assert css["Content-Type"].startswith("text/css")
    body = css.content.decode()
    assert "--accent: #7a1f5c;" in body
    assert "--accent-dark: #" in body
    assert "--highlight: #1e6b3a;" in body


def test_a_colour_too_light_for_white_text_is_refused_with_a_clear_message(admin_client):
    response = _post(admin_client, _form(primary_color="#f5c400"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kontrast" in html and "4,5:1" in html
    assert SiteSettings.load().primary_color == ""


def test_without_colours_no_theme_stylesheet_is_linked(client):
    assert reverse("core:theme-css") not in client.get("/").content.decode()


def test_a_logo_is_re_encoded_and_shown_with_the_sites_name(admin_client, client):
    upload = SimpleUploadedFile("logo.png", _png(), content_type="image/png")
    response = _post(admin_client, _form(logo=upload, institute_name="Kompetenzzentrum"))
    assert response.status_code == 302
    site = SiteSettings.load()
    assert site.logo.name.startswith("site/")
    assert "logo" not in site.logo.name.removeprefix("site/")
    assert max(Image.open(site.logo.path).size) == 800

    html = client.get("/").content.decode()
    assert f'<img class="brand-logo" src="{site.logo.url}" alt="Kompetenzzentrum">' in html
    assert client.get(site.logo.url).status_code == 200


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "l.svg", None),
        (b"just text", "logo.png", None),
        (b"\x89PNG" + b"0" * (2 * 1024 * 1024 + 1), "big.png", "2 MB"),
    ],
)
def test_a_logo_that_is_no_usable_image_is_refused(admin_client, content, name, message):
    upload = SimpleUploadedFile(name, content, content_type="image/png")
    response = _post(admin_client, _form(logo=upload))
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    if message:
        assert message in response.content.decode()
    assert not SiteSettings.load().logo
