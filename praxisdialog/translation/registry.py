"""The kinds of text that are translated, in one place: how each is fetched, which
pieces it has, and whether it is published (only published text is ever sent to the
translation service; drafts, pending and hidden text never are).

Each entry asks its owning app's selectors and rules; the translation app writes
nothing into their tables."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser


@dataclass(frozen=True)
class Translatable:
    kind: str
    # The object by id, with what `segments` needs, or None.
    fetch: Callable[[int], object | None]
    # The pieces of the text, keyed; empty pieces are left out.
    segments: Callable[[object], dict[str, str]]
    # Whether the text is published for the public (the only text ever sent out).
    published: Callable[[object], bool]
    # The language the text is written in, when the object does not say (staff text).
    language_of: Callable[[object], str] | None = None
    # Sent only when someone entitled asks for its translation, never because a page
    # showed it: private messages (one of the two people asks) and newsletters (staff
    # preview or send them).
    on_request: bool = False

    def language(self, obj) -> str:
        if self.language_of is not None:
            return self.language_of(obj)
        return getattr(obj, "language", "") or ""


def _contribution(pk: int):
    from praxisdialog.contributions.models import Contribution

    return (
        Contribution.objects.select_related("call")
        .prefetch_related("answers")
        .filter(pk=pk)
        .first()
    )


def _contribution_segments(contribution) -> dict[str, str]:
    from praxisdialog.contributions.models import Contribution

    pieces = {"title": contribution.title}
    for answer in contribution.answers.all():
        pieces[f"answer:{answer.question_id}"] = answer.text
    for name in Contribution.DEEPER_FIELDS:
        pieces[name] = getattr(contribution, name)
    return {key: text for key, text in pieces.items() if text and text.strip()}


def _contribution_published(contribution) -> bool:
    from praxisdialog.calls.models import Call
    from praxisdialog.contributions.models import Contribution

    # As Contribution.objects.public(), on the loaded row (lists load the call with it).
    return (
        contribution.status == Contribution.Status.PUBLISHED
        and contribution.call.status in Call.PUBLIC_STATUSES
    )


def _comment(pk: int):
    from praxisdialog.discussion.models import Comment

    return Comment.objects.select_related("content_type").filter(pk=pk).first()


def _comment_published(comment) -> bool:
    return comment.is_visible and AnonymousUser().has_perm("discussion.view_comment", comment)


def _profile(pk: int):
    from praxisdialog.network.models import Profile

    return Profile.objects.filter(pk=pk).first()


def _profile_segments(profile) -> dict[str, str]:
    pieces = {"offer_text": profile.offer_text, "seek_text": profile.seek_text}
    return {key: text for key, text in pieces.items() if text and text.strip()}


def _profile_published(profile) -> bool:
    return profile.is_listed and profile.hidden_at is None


def _message(pk: int):
    from praxisdialog.network.models import Message

    return Message.objects.filter(pk=pk).first()


def _contact_request(pk: int):
    from praxisdialog.network.models import ContactRequest

    return ContactRequest.objects.filter(pk=pk).first()


def _staff_segments(obj) -> dict[str, str]:
    """The German original of a staff-written text: its translated fields."""
    pieces = {name: getattr(obj, name) for name in obj.translated_fields}
    return {key: text for key, text in pieces.items() if text and text.strip()}


def _staff_language(obj) -> str:
    from praxisdialog.core.i18n import source_language

    return source_language()


def _fetcher(app_label: str, model_name: str, related: tuple[str, ...] = ()):
    def fetch(pk: int):
        from django.apps import apps

        model = apps.get_model(app_label, model_name)
        rows = model.objects.select_related(*related) if related else model.objects.all()
        return rows.filter(pk=pk).first()

    return fetch


def _call_public(call) -> bool:
    from praxisdialog.calls.models import Call

    return call.status in Call.PUBLIC_STATUSES


def _event_public(event) -> bool:
    from praxisdialog.events.models import Event

    return event.status in (Event.Status.PUBLISHED, Event.Status.CANCELLED)


def _staff_text(kind: str, fetch, published) -> Translatable:
    return Translatable(kind, fetch, _staff_segments, published, _staff_language)


# Staff-written text: only what the public can read is sent (a draft call, its
# questions and phases never are).
STAFF_TEXTS = (
    _staff_text("call", _fetcher("calls", "Call"), _call_public),
    _staff_text(
        "question", _fetcher("calls", "Question", ("call",)), lambda q: _call_public(q.call)
    ),
    _staff_text("phase", _fetcher("calls", "Phase", ("call",)), lambda p: _call_public(p.call)),
    # Pages are public as soon as they exist.
    _staff_text("page", _fetcher("pages", "Page"), lambda page: True),
    # A draft or a post scheduled for later is not sent.
    _staff_text("post", _fetcher("blog", "Post"), lambda post: post.is_published),
    _staff_text("event", _fetcher("events", "Event"), _event_public),
    # A concept's label names it on theme cards and in the lexicon; a new one staff
    # labelled in German only is read in the other languages through the service.
    _staff_text("concept", _fetcher("insights", "Concept"), lambda concept: concept.active),
    # A newsletter goes to its subscribers as staff send it; its machine translation is
    # asked for by staff (preview, sending), see newsletter/rendering.py.
    Translatable(
        "newsletter",
        _fetcher("newsletter", "Newsletter"),
        _staff_segments,
        lambda newsletter: True,
        _staff_language,
        on_request=True,
    ),
)


TRANSLATABLES: dict[str, Translatable] = {
    entry.kind: entry
    for entry in (
        *STAFF_TEXTS,
        Translatable(
            "contribution", _contribution, _contribution_segments, _contribution_published
        ),
        Translatable(
            "comment",
            _comment,
            lambda comment: {"text": comment.text} if comment.text.strip() else {},
            _comment_published,
        ),
        Translatable("profile", _profile, _profile_segments, _profile_published),
        # A message is read by the two people in its conversation only; one of them
        # asking for its translation is what lets it go to the service.
        Translatable(
            "message",
            _message,
            lambda message: {"text": message.text} if message.text.strip() else {},
            lambda message: True,
            on_request=True,
        ),
        # The message of a contact request likewise, asked for by its recipient, and
        # only while they can read it (not once it is declined or withdrawn).
        Translatable(
            "contactrequest",
            _contact_request,
            lambda request: {"text": request.message} if request.message.strip() else {},
            lambda request: request.recipient_reads_it,
            on_request=True,
        ),
    )
}


def kind_of(obj) -> str:
    """The registry key of a model instance (its model name)."""
    return obj._meta.model_name
