from datetime import datetime

from ninja import Field, Schema


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
    language: str = "de"
    attribution: str = "pseudonym"
    challenge: str = ""
    approach: str = ""
    results: str = ""
    lessons: str = ""
    transfer: str = ""
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
