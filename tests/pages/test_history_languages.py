"""A page's history keeps every language: each version holds the versions staff wrote
in the other languages, and restoring it brings them back as well."""

import pytest
from django.urls import reverse

from praxisdialog.pages.models import Page, PageVersion
from praxisdialog.pages.services import page_restore, page_save
from tests.accounts.factories import StaffFactory

pytestmark = pytest.mark.django_db


def _page() -> Page:
    return Page.objects.create(
        slug="ueber-uns",
        title="Über uns",
        body="Wir sind ein Kompetenzzentrum.",
        translations={"ar": {"title": "من نحن", "body": "نحن مركز كفاءة."}},
    )


def test_each_version_keeps_every_language_and_a_restore_brings_them_back(client):
    staff = StaffFactory()
    page = _page()
    page_save(page=page, user=staff)
    first = page.versions.get()
    assert first.translations == {"ar": {"title": "من نحن", "body": "نحن مركز كفاءة."}}

    page.translations["ar"]["body"] = "نص جديد."
    page.translations["uk"] = {"title": "Про нас"}
    page_save(page=page, user=staff)
    latest = page.versions.order_by("-created_at", "-pk").first()
    assert latest.translations["ar"]["body"] == "نص جديد."
    assert latest.translations["uk"] == {"title": "Про нас"}
    # The earlier version was not changed along with the page.
    first.refresh_from_db()
    assert first.translations["ar"]["body"] == "نحن مركز كفاءة."

    page_restore(version=first, user=staff)
    page.refresh_from_db()
    assert page.translations == {"ar": {"title": "من نحن", "body": "نحن مركز كفاءة."}}
    response = client.get(page.get_absolute_url(), headers={"Accept-Language": "ar"})
    arabic = response.content.decode()
    assert "نحن مركز كفاءة." in arabic and "نص جديد." not in arabic


def test_a_version_from_before_keeps_the_other_languages_as_they_are():
    page = _page()
    old = PageVersion.objects.create(page=page, title="Früher", body="Alter Text.")
    assert old.translations is None
    page_restore(version=old)
    page.refresh_from_db()
    assert page.title == "Früher"
    assert page.translations["ar"]["title"] == "من نحن"


def test_the_admin_shows_the_other_languages_of_a_version(client):
    editor = StaffFactory(is_superuser=True)
    client.force_login(editor)
    page = _page()
    page_save(page=page, user=editor)
    version = page.versions.get()
    html = client.get(reverse("admin:pages_pageversion_change", args=[version.pk])).content.decode()
    assert "نحن مركز كفاءة." in html
    assert '<section lang="ar" dir="auto">' in html
