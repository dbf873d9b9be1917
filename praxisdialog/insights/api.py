"""Concepts and published themes in the API. Field names are contracts."""

from datetime import datetime

from django.http import Http404
from ninja import Field, Router, Schema

from praxisdialog.calls.selectors import call_get_for_display
from praxisdialog.core.i18n import other_languages, source_language

from .selectors import (
    concept_list_active,
    theme_contributions,
    theme_get_for_display,
    theme_list_published,
)

router = Router(tags=["insights"])
THEME_CONTRIBUTIONS_LIMIT = 200


class ConceptOut(Schema):
    slug: str
    label: str = Field(description="The label in the reader's language (Accept-Language).")
    labels: dict[str, str] = Field(
        description="The label in every interface language staff wrote it in, by language."
    )
    label_de: str
    label_en: str = Field(description="The English label, else the German.")
    description: str


class ThemeOut(Schema):
    id: int
    label: str
    concepts: list[str]
    top_terms: list[str]
    contribution_count: int
    published_at: datetime | None
    url: str


class ThemeContributionOut(Schema):
    id: int
    title: str
    url: str


class ThemeDetailOut(ThemeOut):
    call: str
    contributions: list[ThemeContributionOut]


def _theme_out(request, theme, count: int) -> dict:
    return {
        "id": theme.pk,
        "label": theme.label,
        "concepts": theme.dominant_concepts,
        "top_terms": theme.top_terms,
        "contribution_count": count,
        "published_at": theme.run.published_at,
        "url": request.build_absolute_uri(theme.get_absolute_url()),
    }


def _labels(concept) -> dict[str, str]:
    labels = {source_language(): concept.name}
    for code, _name in other_languages():
        written = concept.written_version("name", code)
        if written:
            labels[code] = written
    return labels


@router.get("/concepts", response=list[ConceptOut])
def list_concepts(request):
    """The concept lexicon; contributions carry these slugs in `concepts`."""
    return [
        {
            "slug": c.slug,
            "label": c.label,
            "labels": _labels(c),
            "label_de": c.name,
            "label_en": c.written_version("name", "en") or c.name,
            "description": c.description,
        }
        for c in concept_list_active()
    ]


@router.get("/calls/{slug}/themes", response=list[ThemeOut])
def list_themes(request, slug: str):
    """The published, visible themes of a call."""
    call = call_get_for_display(slug=slug, user=request.user)
    if call is None:
        raise Http404
    return [
        _theme_out(request, theme, theme.contribution_count)
        for theme in theme_list_published(call=call)
    ]


@router.get("/themes/{theme_id}", response=ThemeDetailOut)
def get_theme(request, theme_id: int):
    """A published theme with its published contributions."""
    theme = theme_get_for_display(pk=theme_id, user=request.user)
    if theme is None or not theme.is_public:
        raise Http404
    contributions = list(theme_contributions(theme=theme)[:THEME_CONTRIBUTIONS_LIMIT])
    return {
        **_theme_out(request, theme, len(contributions)),
        "call": theme.run.call.slug,
        "contributions": [
            {
                "id": c.pk,
                "title": c.title,
                "url": request.build_absolute_uri(c.get_absolute_url()),
            }
            for c in contributions
        ],
    }
