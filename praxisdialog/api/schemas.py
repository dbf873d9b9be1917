import datetime as dt
from datetime import datetime

from ninja import Field, Schema

from praxisdialog.contributions.models import (
    Continuation,
    Cost,
    Effort,
    EvidenceLevel,
    Funding,
    InnovationType,
    IntegrationField,
    Partner,
    PracticeState,
    Reach,
)


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
    questions: list[QuestionOut]
    phases: list[PhaseOut]
    roles: list[TermOut]
    settings: list[TermOut]
    contact: ContactOut


class CallPage(Schema):
    count: int
    items: list[CallOut]


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
    sector: str
    region: str
    language: str
    attribution: str
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


class ContributionPage(Schema):
    count: int
    page: int
    page_size: int
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
    sector: str = ""
    region: str = ""
    language: str = Field(
        "",
        description="Language of the text (de, en, ar, fa, uk, tr, ru, fr, es, other). "
        "Omitted or empty: recognised from the text.",
    )
    attribution: str = "pseudonym"
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


class ErrorOut(Schema):
    detail: str | list[dict]


class PersonalDataOut(Schema):
    """422: field errors in `detail`; `findings` lists possible personal data, if any."""

    detail: list[dict]
    findings: list[dict] = []
