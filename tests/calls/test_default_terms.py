# ruff: noqa: RUF001
"""The roles and settings every installation starts with read in each interface
language, without a translation service; staff's own wording is never overwritten."""

import pytest
from django.urls import reverse
from django.utils import translation

from praxisdialog.calls.models import Role, Setting
from praxisdialog.calls.taxonomy_defaults import (
    ROLES,
    SETTINGS,
    VERSIONS,
    add_versions_to_default_taxonomies,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ("ar", "fa", "uk", "tr", "ru")


def test_every_default_term_has_a_name_in_every_language():
    for slug, _german, _english in ROLES + SETTINGS:
        assert set(VERSIONS[slug]) == set(LANGUAGES), slug
        assert all(text.strip() for text in VERSIONS[slug].values()), slug


def test_the_installed_terms_read_in_the_readers_language():
    founder = Role.objects.get(slug="founder")
    education = Setting.objects.get(slug="education")
    with translation.override("ar"):
        assert founder.label == "مؤسِّسة أو مؤسِّس"
        assert education.label == "التعليم"
    with translation.override("uk"):
        assert founder.label == "Засновниця або засновник"
    with translation.override("de"):
        assert founder.label == "Gründerin oder Gründer"
    with translation.override("en"):
        assert founder.label == "Founder"


def test_the_contribution_form_offers_the_roles_in_arabic(client, call, user):
    client.force_login(user)
    content = client.get(
        reverse("contributions:contribution-create", args=[call.slug]),
        headers={"Accept-Language": "ar"},
    ).content.decode()
    assert "باحثة أو باحث" in content
    assert "Forscherin oder Forscher" not in content


def test_what_staff_wrote_or_renamed_stays():
    trainer = Role.objects.get(slug="trainer")
    trainer.translations = {"en": {"name": "Trainer or coach"}, "ar": {"name": "مدرب"}}
    trainer.save()
    research = Setting.objects.get(slug="research")
    research.name = "Wissenschaft"
    research.translations = {}
    research.save()

    add_versions_to_default_taxonomies(Role, Setting)

    trainer.refresh_from_db()
    research.refresh_from_db()
    assert trainer.translations["ar"] == {"name": "مدرب"}
    assert trainer.translations["ru"] == {"name": "Наставница, тренер или коуч"}
    assert research.translations == {}
