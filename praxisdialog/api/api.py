"""The JSON API at /api/v1/ (schema at /api/v1/openapi.json).

Endpoints call the same selectors, services and permission rules as the pages."""

from contextlib import nullcontext

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Query, Status, Swagger

from praxisdialog.accounts.selectors import user_is_verified
from praxisdialog.calls.models import Call
from praxisdialog.calls.phases import FEATURES, current_phase
from praxisdialog.calls.selectors import call_get_for_display, call_list_visible
from praxisdialog.contributions import services
from praxisdialog.contributions.models import (
    Contribution,
    EvidenceLevel,
    Funding,
    InnovationType,
    IntegrationField,
    Partner,
    Reach,
)
from praxisdialog.contributions.selectors import (
    ContributionFilters,
    call_roles,
    call_settings,
    contribution_get_for_display,
    contribution_list_published,
)
from praxisdialog.core.ratelimit import RateLimited, client_ip
from praxisdialog.insights.selectors import tags_for_contributions
from praxisdialog.practices.selectors import updates_for_contributions

from . import errors
from .auth import optional_user, session_or_token
from .pagination import PAGE_QUERY
from .schemas import (
    CallDetailOut,
    CallPage,
    ContributionIn,
    ContributionOut,
    ContributionPage,
    ErrorOut,
    PersonalDataOut,
)

api = NinjaAPI(
    title="Praxisdialog API",
    version="1",
    description=(
        "Public reads need no login. Writes need a browser session (with CSRF token) "
        "or a personal token: `Authorization: Bearer <token>`."
    ),
    urls_namespace="api",
    # Without deep links Swagger UI puts no link inside each operation's button, which
    # screen readers and keyboards cannot reach as a link of its own.
    docs=Swagger(settings={"deepLinking": False}),
)

errors.install(api)


def _loc(field: str) -> list[str]:
    return ["body", "payload", field]


@api.exception_handler(ValidationError)
def validation_error(request, error: ValidationError):
    if hasattr(error, "error_dict"):
        detail = [
            {"loc": _loc(field), "msg": message, "type": "value_error"}
            for field, messages in error.message_dict.items()
            for message in messages
        ]
    else:
        detail = [
            {"loc": ["body"], "msg": message, "type": "value_error"} for message in error.messages
        ]
    return api.create_response(request, {"detail": detail}, status=422)


@api.exception_handler(PermissionDenied)
def permission_denied(request, error: PermissionDenied):
    message = str(error) or _("You may not do this.")
    return api.create_response(request, {"detail": message}, status=403)


@api.exception_handler(Http404)
def not_found(request, error: Http404):
    return api.create_response(request, {"detail": _("Not found.")}, status=404)


def _absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


def _call_summary(request, call: Call) -> dict:
    phase = current_phase(call)
    return {
        "slug": call.slug,
        "title": call.display_title,
        "teaser": call.display_teaser,
        "status": call.status,
        "url": _absolute(request, call.get_absolute_url()),
        "current_phase": phase.kind if phase else None,
    }


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
        "title": contribution.title,
        "status": contribution.status,
        "role": contribution.role.slug,
        "setting": contribution.setting.slug,
        "sector": contribution.sector,
        "region": contribution.region,
        "language": contribution.language,
        "attribution": contribution.attribution,
        "author": contribution.byline,
        "answers": [
            {"question": answer.question_id, "text": answer.text}
            for answer in contribution.answers.all()
        ],
        **{name: getattr(contribution, name) for name in Contribution.DEEPER_FIELDS},
        "helpful_count": contribution.helpful_count,
        "published_at": contribution.published_at,
        "url": _absolute(request, contribution.get_absolute_url()),
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


def _visible_call(request, slug: str) -> Call:
    call = call_get_for_display(slug=slug, user=optional_user(request))
    if call is None:
        raise Http404
    return call


def _in_language(lang: str):
    """Staff-written text (titles, questions, ...) in `lang` when it is an interface
    language (`?lang=ar`), else in the language Accept-Language chose."""
    code = (lang or "").split("-")[0].lower()
    if code in dict(settings.LANGUAGES):
        return translation.override(code)
    return nullcontext()


LANG_QUERY = Query(
    "", description="An interface language for the staff-written texts (else Accept-Language)."
)


@api.get("/calls", response=CallPage, tags=["calls"])
def list_calls(request, lang: str = LANG_QUERY):
    """Published and archived calls, newest first."""
    calls = list(call_list_visible(user=request.user))
    with _in_language(lang):
        return {"count": len(calls), "items": [_call_summary(request, call) for call in calls]}


@api.get("/calls/{slug}", response={200: CallDetailOut, 404: ErrorOut}, tags=["calls"])
def get_call(request, slug: str, lang: str = LANG_QUERY):
    """A call with its guiding questions, phases (the current one marked), roles and settings,
    its texts in the reader's language (`?lang=` or Accept-Language) where there is a
    version in it, else in German."""
    call = _visible_call(request, slug)
    with _in_language(lang):
        return _call_detail(request, call)


def _call_detail(request, call: Call) -> dict:
    phase = current_phase(call)
    return {
        **_call_summary(request, call),
        "body": call.display_body,
        "questions": [
            {
                "id": question.pk,
                "position": question.position,
                "text": question.display_text,
                "help_text": question.display_help_text,
                "required": question.required,
            }
            for question in call.questions.all()
        ],
        "phases": [
            {
                "kind": item.kind,
                "label": item.get_kind_display(),
                "starts_at": item.starts_at,
                "ends_at": item.ends_at,
                "is_current": phase is not None and item.pk == phase.pk,
                "allows": sorted(FEATURES[item.kind]),
            }
            for item in sorted(call.phases.all(), key=lambda p: p.starts_at)
        ],
        "roles": [{"slug": role.slug, "name": role.label} for role in call_roles(call)],
        "settings": [{"slug": s.slug, "name": s.label} for s in call_settings(call)],
        "contact": {"name": call.contact_name, "function": call.contact_function},
    }


def _values(choices) -> str:
    return "One of: " + ", ".join(choices.values) + "."


@api.get(
    "/calls/{slug}/contributions",
    response={200: ContributionPage, 404: ErrorOut},
    tags=["contributions"],
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
    call = _visible_call(request, slug)
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
    queryset = contribution_list_published(call=call, filters=filters)
    page_size = settings.CONTRIBUTIONS_PAGE_SIZE
    page = max(page, 1)
    count = queryset.count()
    items = list(queryset[(page - 1) * page_size : page * page_size])
    tags = tags_for_contributions([item.pk for item in items])
    updates = updates_for_contributions([item.pk for item in items])
    return {
        "count": count,
        "page": page,
        "page_size": page_size,
        "items": [_contribution_out(request, item, tags, updates) for item in items],
        "ignored_filters": filters.ignored,
    }


@api.get(
    "/contributions/{contribution_id}",
    response={200: ContributionOut, 404: ErrorOut},
    tags=["contributions"],
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


@api.post(
    "/calls/{slug}/contributions",
    auth=session_or_token,
    response={
        201: ContributionOut,
        403: ErrorOut,
        404: ErrorOut,
        422: PersonalDataOut,
        429: ErrorOut,
    },
    tags=["contributions"],
)
def create_contribution(request, slug: str, payload: ContributionIn):
    """Creates a contribution and submits it for review, under the rules of the form:
    every required question answered, publication consent given (see
    `publication_consent`), and passages that may identify a person confirmed
    (`personal_data_confirmed`) after checking."""
    call = _visible_call(request, slug)
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
                sector=payload.sector,
                region=payload.region,
                language=payload.language,
                attribution=payload.attribution,
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


# The routers of the other capabilities, each in its own app's api.py.
def _add_routers() -> None:
    from praxisdialog.blog.api import router as blog
    from praxisdialog.discussion.api import router as discussion
    from praxisdialog.events.api import router as events
    from praxisdialog.insights.api import router as insights
    from praxisdialog.moderation.api import router as moderation
    from praxisdialog.network.api import router as network
    from praxisdialog.newsletter.api import router as newsletter
    from praxisdialog.notifications.api import router as notifications
    from praxisdialog.pages.api import router as pages
    from praxisdialog.practices.api import router as practices
    from praxisdialog.privacy.api import router as privacy
    from praxisdialog.resonance.api import router as resonance
    from praxisdialog.translation.api import router as translation

    routers = (discussion, moderation, notifications, events, network, insights, resonance)
    for router in (*routers, practices, blog, pages, newsletter, privacy, translation):
        api.add_router("/", router)


_add_routers()
