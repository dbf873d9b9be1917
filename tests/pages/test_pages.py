import re

import pytest
from django.urls import reverse

from praxisdialog.core.models import SiteSettings
from praxisdialog.pages.models import Page, PageVersion
from praxisdialog.pages.services import page_restore, page_save
from tests.accounts.factories import StaffFactory

pytestmark = pytest.mark.django_db


def test_the_four_pages_exist_and_the_footer_links_them(client):
    response = client.get("/")
    page = response.content.decode()
    for slug, title in (
        ("impressum", "Impressum"),
        ("datenschutz", "Datenschutzerklärung"),
        ("barrierefreiheit", "Erklärung zur Barrierefreiheit"),
        ("gemeinschaftsregeln", "Gemeinschaftsregeln"),
    ):
        assert f'<a href="/pages/{slug}/">{title}</a>' in page
        detail = client.get(f"/pages/{slug}/")
        assert detail.status_code == 200
        assert len(re.findall(r"<h1[\s>]", detail.content.decode())) == 1
    assert '<a href="/blog/">Blog</a>' in page
    assert '<a href="/contact/">Kontakt</a>' in page
    assert client.get("/pages/gibt-es-nicht/").status_code == 404


def test_the_imprint_shows_the_provider_details_from_the_site_settings(client):
    site = SiteSettings.load()
    site.legal_name = "Beispielinstitut gGmbH"
    site.street_address = "Beispielweg 1"
    site.postal_code = "10115"
    site.city = "Berlin"
    site.email = "dialog@example.org"
    site.phone = "+49 30 123456"
    site.represented_by = "Dr. Erika Muster (Geschäftsführerin)"
    site.register_court = "Amtsgericht Charlottenburg"
    site.register_number = "HRB 12345 B"
    site.vat_id = "DE123456789"
    site.supervisory_authority = "Senatsverwaltung für Bildung"
    site.content_responsible = "Max Muster, Beispielweg 1, 10115 Berlin"
    site.save()
    page = client.get("/pages/impressum/").content.decode()
    assert "Angaben gemäß § 5 DDG" in page
    for text in (
        "Beispielinstitut gGmbH",
        "10115 Berlin",
        "Dr. Erika Muster (Geschäftsführerin)",
        "Amtsgericht Charlottenburg, HRB 12345 B",
        "DE123456789",
        "Senatsverwaltung für Bildung",
        "Verantwortlich für den Inhalt (§ 18 Abs. 2 MStV)",
        "Max Muster, Beispielweg 1, 10115 Berlin",
        "+49 30 123456",
    ):
        assert text in page, text
    assert "Haftung für Links" in page  # the page's own text follows
    # The privacy policy carries no provider block.
    assert "§ 5 DDG" not in client.get("/pages/datenschutz/").content.decode()


def test_every_save_keeps_a_version_and_a_version_can_be_restored(staff):
    page = Page.objects.get(slug="datenschutz")
    first_body = page.body
    page.body = "Neuer Text."
    page_save(page=page, user=staff)
    versions = list(page.versions.order_by("created_at", "pk"))
    assert [v.body for v in versions] == [first_body, "Neuer Text."]
    assert versions[-1].created_by == staff

    page_restore(version=versions[0], user=staff)
    page.refresh_from_db()
    assert page.body == first_body
    assert page.versions.count() == 3


def test_staff_edit_pages_in_the_admin_and_restore_from_the_history(client):
    editor = StaffFactory(is_superuser=True)
    client.force_login(editor)
    page = Page.objects.get(slug="gemeinschaftsregeln")
    original = page.body
    response = client.post(
        reverse("admin:pages_page_change", args=[page.pk]),
        {
            "slug": page.slug,
            "title": "Unsere Regeln",
            "body": "Seid freundlich.",
            "kind": page.kind,
            "versions-TOTAL_FORMS": "0",
            "versions-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    latest = page.versions.order_by("-created_at", "-pk").first()
    assert latest.title == "Unsere Regeln" and latest.created_by == editor
    change_page = client.get(reverse("admin:pages_page_change", args=[page.pk])).content.decode()
    assert "Unsere Regeln" in change_page and "Gemeinschaftsregeln" in change_page

    oldest = page.versions.order_by("created_at", "pk").first()
    response = client.post(
        reverse("admin:pages_pageversion_changelist"),
        {"action": "restore", "_selected_action": [str(oldest.pk)]},
        follow=True,
    )
    assert "wurde auf die Version vom" in response.content.decode()
    page.refresh_from_db()
    assert page.title == "Gemeinschaftsregeln" and page.body == original
    assert PageVersion.objects.filter(page=page).count() == 3


def test_only_one_page_of_each_legal_kind():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        page_save(page=Page(slug="impressum-2", title="Zweites", kind=Page.Kind.IMPRINT))
    assert not Page.objects.filter(slug="impressum-2").exists()


def test_the_api_returns_a_page(client):
    body = client.get("/api/v1/pages/impressum").json()
    assert body["title"] == "Impressum" and body["kind"] == "imprint"
    assert "<h3>Haftung für Links</h3>" in body["body_html"]
    assert client.get("/api/v1/pages/gibt-es-nicht").status_code == 404


def test_seed_demo_pages_are_idempotent(staff):
    from praxisdialog.pages import demo

    Page.objects.filter(kind=Page.Kind.ACCESSIBILITY).delete()
    demo.seed(staff=staff)
    demo.seed(staff=staff)
    assert Page.objects.filter(kind=Page.Kind.ACCESSIBILITY).count() == 1
    assert Page.objects.count() == 4
