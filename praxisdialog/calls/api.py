"""The calls in the API: the published ones for everyone, drafts for staff as well."""

from contextlib import nullcontext
from datetime import datetime

from django.conf import settings
from django.utils import translation
from ninja import Field, Query, Router, Schema

from praxisdialog.api.auth import optional_user
from praxisdialog.api.pagination import PAGE_QUERY, PageOut, paginate
from praxisdialog.api.schemas import ErrorOut
from praxisdialog.contributions.selectors import call_roles, call_settings
from praxisdialog.core.i18n import reader_language, source_language
from praxisdialog.translation.selectors import staff_text_shown

from .models import Call
from .phases import FEATURES, current_phase
from .selectors import call_get_or_404, call_list_visible

router = Router(tags=["calls"])
PAGE_SIZE = 50


class TermOut(Schema):
    slug: str
    name: str


class QuestionOut(Schema):
    id: int
    position: int
    text: str
    help_text: str
    required: bool


class PhaseOut(Schema):
    kind: str
    label: str
    starts_at: datetime
    ends_at: datetime | None
    is_current: bool
    allows: list[str]


class ContactOut(Schema):
    name: str
    function: str


class CallOut(Schema):
    slug: str
    title: str
    teaser: str
    status: str
    url: str
    current_phase: str | None


class CallDetailOut(CallOut):
    body: str
    plain_summary: str | None = Field(
        description=(
            "The summary in Einfache Sprache (plain language), in the same language as "
            "the other texts; null when the call has none."
        )
    )
    language: str = Field(
        description="The language the staff-written texts were asked in (?lang= or "
        "Accept-Language); a text staff wrote no version of comes in its machine "
        "translation when there is one, else in source_language."
    )
    source_language: str = Field(description="The language staff write in.")
    machine_translation: bool = Field(
        description="Some of the texts are the machine translation from source_language "
        "(the call page labels them so)."
    )
    questions: list[QuestionOut]
    phases: list[PhaseOut]
    roles: list[TermOut]
    settings: list[TermOut]
    contact: ContactOut


class CallPage(PageOut):
    items: list[CallOut]


def call_summary(request, call: Call) -> dict:
    phase = current_phase(call)
    return {
        "slug": call.slug,
        "title": call.display_title,
        "teaser": call.display_teaser,
        "status": call.status,
        "url": request.build_absolute_uri(call.get_absolute_url()),
        "current_phase": phase.kind if phase else None,
    }


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


@router.get("/calls", response=CallPage)
def list_calls(request, lang: str = LANG_QUERY, page: int = PAGE_QUERY):
    """Published and archived calls, newest first (staff see drafts as well)."""
    page = paginate(call_list_visible(user=optional_user(request)), page=page, page_size=PAGE_SIZE)
    with _in_language(lang):
        return {**page, "items": [call_summary(request, call) for call in page["items"]]}


@router.get("/calls/{slug}", response={200: CallDetailOut, 404: ErrorOut})
def get_call(request, slug: str, lang: str = LANG_QUERY):
    """A call with its guiding questions, phases (the current one marked), roles and settings,
    its texts in the reader's language (`?lang=` or Accept-Language) where there is a
    version in it, else in German."""
    call = call_get_or_404(slug=slug, user=optional_user(request))
    with _in_language(lang):
        return _call_detail(request, call)


def _call_detail(request, call: Call) -> dict:
    phase = current_phase(call)
    phases = sorted(call.phases.all(), key=lambda p: p.starts_at)
    questions = list(call.questions.all())
    return {
        **call_summary(request, call),
        "body": call.display_body,
        # As on the call page: offered when staff wrote one in German.
        "plain_summary": call.display_plain_summary if call.plain_summary else None,
        "language": reader_language(),
        "source_language": source_language(),
        "machine_translation": staff_text_shown(call, questions, phases).translated,
        "questions": [
            {
                "id": question.pk,
                "position": question.position,
                "text": question.display_text,
                "help_text": question.display_help_text,
                "required": question.required,
            }
            for question in questions
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
            for item in phases
        ],
        "roles": [{"slug": role.slug, "name": role.label} for role in call_roles(call)],
        "settings": [{"slug": s.slug, "name": s.label} for s in call_settings(call)],
        "contact": {"name": call.contact_name, "function": call.contact_function},
    }
