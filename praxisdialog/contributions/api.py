"""Contributions in the API: the published ones of a call for everyone, a person's own
before publication, and submitting one under the rules of the form."""

import datetime as dt
from datetime import datetime
from enum import StrEnum

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from praxisdialog.accounts.selectors import user_is_verified
from praxisdialog.api.auth import optional_user, session_or_token
from praxisdialog.api.pagination import PAGE_QUERY, PageOut, paginate
from praxisdialog.api.schemas import ErrorOut
from praxisdialog.calls.selectors import call_get_or_404
from praxisdialog.core.ratelimit import RateLimited, client_ip
from praxisdialog.insights.selectors import tags_for_contributions
from praxisdialog.practices.selectors import updates_for_contributions

from . import services
from .models import (
    Attribution,
    Continuation,
    Contribution,
    Cost,
    Effort,
    EvidenceLevel,
    Funding,
    InnovationType,
    IntegrationField,
    Partner,
    PracticeState,
    Reach,
    Region,
    Sector,
    TextLanguage,
)
from .selectors import (
    ContributionFilters,
    call_roles,
    call_settings,
    contribution_get_for_display,
    contribution_list_published,
)

router = Router(tags=["contributions"])


def _or_empty(choices, name: str) -> type[StrEnum]:
    """A choice that may stay empty, as one enum of the schema ("" first), so that a
    wrong value gets one error naming every allowed value."""
    return StrEnum(name, [("EMPTY", ""), *((item.name, item.value) for item in choices)])


SectorOrEmpty = _or_empty(Sector, "Sector")
RegionOrEmpty = _or_empty(Region, "Region")
LanguageOrEmpty = _or_empty(TextLanguage, "TextLanguage")


def _loc(field: str) -> list[str]:
    return ["body", "payload", field]


class AnswerOut(Schema):
    question: int
    text: str


class ConceptTagOut(Schema):
    slug: str
    label: str
    words: list[str] = Field(description="The words of the text that matched the concept.")


class PracticeFactsOut(Schema):
    started_month: int | None
    started_year: int | None
    continuation: Continuation | None = Field(
        description="Still running, ended, or became a regular service; null when not stated."
    )
    ended_month: int | None
    ended_year: int | None
    reach: Reach | None = Field(description="People reached, as a band.")
    effort: Effort | None
    cost: Cost | None
    partners: list[Partner]
    funding: list[Funding]
    innovation_types: list[InnovationType]
    integration_fields: list[IntegrationField]


class UpdateOut(Schema):
    date: dt.date = Field(description="The day its author answered (Europe/Berlin).")
    state: PracticeState
    text: str = Field(description="Why, in a sentence or two (Markdown).")


class ContributionOut(Schema):
    id: int
    call: str
    title: str
    status: str
    role: str
    setting: str
    sector: SectorOrEmpty
    region: RegionOrEmpty
    language: TextLanguage
    attribution: Attribution
    author: str = Field(
        description="The name the author chose to show: real name, pseudonym or 'Anonymous'."
    )
    answers: list[AnswerOut]
    challenge: str
    approach: str
    results: str
    lessons: str
    transfer: str
    helpful_count: int
    published_at: datetime | None
    url: str
    licence: str = "CC-BY-4.0"
    concepts: list[ConceptTagOut] = []
    facts: PracticeFactsOut
    evidence_level: EvidenceLevel | None = Field(
        description="How well the results are known, as the author said and the editorial "
        "team confirmed or corrected; null when not stated."
    )
    evidence_url: str
    evidence_confirmed: bool = Field(
        description="The editorial team has checked the evidence level."
    )
    badges: list[str] = Field(
        description="Badges of the editorial team: checked, long_running, sustained."
    )
    state: PracticeState | None = Field(
        description="What became of the practice, as its author last said; null before any "
        "follow-up answer."
    )
    state_unknown: bool = Field(description="Nobody has confirmed the practice for 18 months.")
    last_confirmed_at: datetime | None = Field(
        description="When its author last confirmed its state (null: never since publication)."
    )
    adoptions: int = Field(description="How many others reported that they adopted it.")
    updates: list[UpdateOut] = Field(
        description="What its author answered when asked 6 and 12 months after publication, "
        "newest first."
    )


class ContributionPage(PageOut):
    items: list[ContributionOut]
    ignored_filters: list[str]


class AnswerIn(Schema):
    question: int
    text: str


class ContributionIn(Schema):
    title: str
    role: str | int = Field(description="Slug (or id) of one of the call's roles.")
    setting: str | int = Field(description="Slug (or id) of one of the call's settings.")
    answers: list[AnswerIn]
    sector: SectorOrEmpty = SectorOrEmpty.EMPTY
    region: RegionOrEmpty = Field(
        RegionOrEmpty.EMPTY,
        description="A German Land or a country, never a town: finer places identify people.",
    )
    language: LanguageOrEmpty = Field(
        LanguageOrEmpty.EMPTY,
        description="Language of the text. Omitted or empty: recognised from the text.",
    )
    attribution: Attribution = Attribution.PSEUDONYM
    challenge: str = ""
    approach: str = ""
    results: str = ""
    lessons: str = ""
    transfer: str = ""
    started_month: int | None = Field(None, ge=1, le=12)
    started_year: int | None = None
    continuation: Continuation | None = None
    ended_month: int | None = Field(None, ge=1, le=12)
    ended_year: int | None = None
    reach: Reach | None = None
    effort: Effort | None = None
    cost: Cost | None = None
    partners: list[Partner] = []
    funding: list[Funding] = []
    innovation_types: list[InnovationType] = []
    integration_fields: list[IntegrationField] = []
    evidence_level: EvidenceLevel | None = None
    evidence_url: str = ""
    publication_consent: bool = Field(
        True,
        description=(
            "Submitting through the API gives the consent to publication under CC BY 4.0, "
            "recorded with time and text version, as ticking the box on the form does. "
            "Send false to see the refusal a contribution without consent gets."
        ),
    )
    personal_data_confirmed: bool = Field(
        False,
        description="Confirms passages flagged as possible personal data after checking them.",
    )


class PersonalDataOut(Schema):
    """422: field errors in `detail`; `findings` lists possible personal data, if any."""

    detail: list[dict]
    findings: list[dict] = []


def _contribution_out(
    request, contribution: Contribution, tags: dict | None = None, updates: dict | None = None
) -> dict:
    if tags is None:
        tags = tags_for_contributions([contribution.pk])
    if updates is None:
        updates = updates_for_contributions([contribution.pk])
    return {
        "id": contribution.pk,
        "call": contribution.call.slug,
        **contribution.as_written(),
        "status": contribution.status,
        "author": contribution.byline,
        "helpful_count": contribution.helpful_count,
        "published_at": contribution.published_at,
        "url": request.build_absolute_uri(contribution.get_absolute_url()),
        "concepts": [
            {"slug": tag.concept.slug, "label": tag.concept.label, "words": tag.words}
            for tag in tags.get(contribution.pk, [])
        ],
        **_practice_out(contribution),
        "updates": [
            {
                "date": timezone.localdate(update.created_at),
                "state": update.state,
                "text": update.text,
            }
            for update in updates.get(contribution.pk, [])
        ],
    }


def _practice_out(contribution: Contribution) -> dict:
    """The facts, evidence, state and adoptions of the practice a contribution tells."""
    return {
        "facts": {
            **{name: getattr(contribution, name) for name in SINGLE_FACTS},
            **{name: getattr(contribution, name) or None for name in SINGLE_CHOICE_FACTS},
            **{plural: contribution.fact_values(kind) for kind, plural in MULTI_FACT_NAMES.items()},
        },
        "evidence_level": contribution.evidence_level or None,
        "evidence_url": contribution.evidence_url,
        "evidence_confirmed": contribution.evidence_confirmed,
        "badges": contribution.badges,
        "state": contribution.practice_state or None,
        "state_unknown": contribution.state_unknown,
        "last_confirmed_at": contribution.last_confirmed_at,
        "adoptions": contribution.adoption_count,
    }


SINGLE_FACTS = ("started_month", "started_year", "ended_month", "ended_year")
SINGLE_CHOICE_FACTS = ("continuation", "reach", "effort", "cost")
# The facts with several values: the service's name -> the API's (plural) name.
MULTI_FACT_NAMES = {
    "partner": "partners",
    "funding": "funding",
    "innovation_type": "innovation_types",
    "integration_field": "integration_fields",
}


def _values(choices) -> str:
    return "One of: " + ", ".join(choices.values) + "."


@router.get(
    "/calls/{slug}/contributions",
    response={200: ContributionPage, 404: ErrorOut},
)
def list_contributions(
    request,
    slug: str,
    role: str = "",
    setting: str = "",
    region: str = "",
    language: str = "",
    question: str = "",
    concept: str = "",
    evidence_level: str = Query("", description=_values(EvidenceLevel)),
    integration_field: str = Query("", description=_values(IntegrationField)),
    innovation_type: str = Query("", description=_values(InnovationType)),
    partner: str = Query("", description=_values(Partner)),
    funding: str = Query("", description=_values(Funding)),
    reach: str = Query("", description=_values(Reach)),
    state: str = Query(
        "",
        description="What became of the practice: running, changed, stopped, or unknown "
        "(not confirmed for 18 months).",
    ),
    sort: str = Query("newest", description="newest, helpful or adopted (most adopted first)."),
    page: int = PAGE_QUERY,
):
    """Published contributions of a call; the filters of the page. Unknown filter
    values are ignored and named in `ignored_filters`."""
    call = call_get_or_404(slug=slug, user=optional_user(request))
    filters = ContributionFilters.from_query(
        {
            "role": role,
            "setting": setting,
            "region": region,
            "language": language,
            "question": question,
            "concept": concept,
            "evidence_level": evidence_level,
            "integration_field": integration_field,
            "innovation_type": innovation_type,
            "partner": partner,
            "funding": funding,
            "reach": reach,
            "state": state,
            "sort": sort,
        },
        call=call,
    )
    result = paginate(
        contribution_list_published(call=call, filters=filters),
        page=page,
        page_size=settings.CONTRIBUTIONS_PAGE_SIZE,
    )
    items = result["items"]
    tags = tags_for_contributions([item.pk for item in items])
    updates = updates_for_contributions([item.pk for item in items])
    return {
        **result,
        "items": [_contribution_out(request, item, tags, updates) for item in items],
        "ignored_filters": filters.ignored,
    }


@router.get(
    "/contributions/{contribution_id}",
    response={200: ContributionOut, 404: ErrorOut},
)
def get_contribution(request, contribution_id: int):
    """A published contribution; its author and reviewers also see it before publication."""
    contribution = contribution_get_for_display(pk=contribution_id, user=optional_user(request))
    if contribution is None:
        raise Http404
    return _contribution_out(request, contribution)


def _facts_in(payload: ContributionIn) -> services.PracticeFacts:
    def value(choice) -> str:
        return choice.value if choice is not None else ""

    return services.PracticeFacts(
        **{name: getattr(payload, name) for name in SINGLE_FACTS},
        **{name: value(getattr(payload, name)) for name in SINGLE_CHOICE_FACTS},
        **{
            kind: [choice.value for choice in getattr(payload, plural)]
            for kind, plural in MULTI_FACT_NAMES.items()
        },
        evidence_level=value(payload.evidence_level),
        evidence_url=payload.evidence_url,
    )


def _term(terms, value):
    for term in terms:
        if value == term.slug or (str(value).isdigit() and int(value) == term.pk):
            return term
    return None


@router.post(
    "/calls/{slug}/contributions",
    auth=session_or_token,
    response={
        201: ContributionOut,
        403: ErrorOut,
        404: ErrorOut,
        422: PersonalDataOut,
        429: ErrorOut,
    },
)
def create_contribution(request, slug: str, payload: ContributionIn):
    """Creates a contribution and submits it for review, under the rules of the form:
    every required question answered, publication consent given (see
    `publication_consent`), and passages that may identify a person confirmed
    (`personal_data_confirmed`) after checking."""
    call = call_get_or_404(slug=slug, user=optional_user(request))
    user = request.auth
    if not user_is_verified(user):
        raise PermissionDenied(_("Please confirm your e-mail address first."))
    if not user.has_perm("contributions.add_contribution", call):
        raise PermissionDenied(_("This call is not collecting contributions at the moment."))
    role = _term(call_roles(call), payload.role)
    setting = _term(call_settings(call), payload.setting)
    errors = {}
    if role is None:
        errors["role"] = [_("Please choose one of the call's roles.")]
    if setting is None:
        errors["setting"] = [_("Please choose one of the call's settings.")]
    answers: dict[int, str] = {}
    for answer in payload.answers:
        if answer.question in answers:
            errors.setdefault("answers", []).append(
                _("Question %(id)s is answered twice.") % {"id": answer.question}
            )
        answers[answer.question] = answer.text
    if errors:
        raise ValidationError(errors)
    try:
        contribution = services.contribution_save(
            call=call,
            author=user,
            data=services.ContributionInput(
                title=payload.title,
                role=role,
                setting=setting,
                answers=answers,
                sector=payload.sector.value,
                region=payload.region.value,
                language=payload.language.value,
                attribution=payload.attribution.value,
                deeper={name: getattr(payload, name) for name in Contribution.DEEPER_FIELDS},
                facts=_facts_in(payload),
            ),
            submit=True,
            auto_publish=True,
            ip=client_ip(request),
            consent=payload.publication_consent,
            personal_data_confirmed=payload.personal_data_confirmed,
        )
    except RateLimited as limited:
        return Status(429, {"detail": limited.message})
    except services.PersonalDataWarning as warning:
        return Status(
            422,
            {
                "detail": [
                    {
                        "loc": _loc("personal_data_confirmed"),
                        "msg": warning.messages[0],
                        "type": "personal_data",
                    }
                ],
                "findings": warning.findings,
            },
        )
    contribution = contribution_get_for_display(pk=contribution.pk, user=user)
    return Status(201, _contribution_out(request, contribution))
