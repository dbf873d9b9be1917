"""Machine translations in the API: a contribution's or a comment's text in another
language. 200 with the translation, 202 while it is being made (ask again), 404 when no
service is configured, the language is not offered or the text cannot be read."""

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from praxisdialog.api.auth import optional_user
from praxisdialog.api.schemas import ErrorOut
from praxisdialog.contributions.selectors import contribution_get_for_display
from praxisdialog.discussion.selectors import comment_get_for_display

from .backends import offered_languages, translation_enabled
from .services import translation_request

router = Router(tags=["translation"])


class TranslatedAnswerOut(Schema):
    question: int
    text: str


class ContributionTranslationOut(Schema):
    language: str
    source_language: str
    title: str
    answers: list[TranslatedAnswerOut]
    machine: bool
    engine: str


class CommentTranslationOut(Schema):
    language: str
    source_language: str
    text: str
    machine: bool
    engine: str


class PendingOut(Schema):
    status: str
    detail: str


def _target(lang: str) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    if not translation_enabled() or lang not in codes or lang not in offered_languages():
        raise Http404
    return lang


def _pending() -> Status:
    return Status(
        202,
        {
            "status": "pending",
            "detail": _("The translation is being made. Please ask again in a moment."),
        },
    )


@router.get(
    "/contributions/{contribution_id}/translations/{lang}",
    response={200: ContributionTranslationOut, 202: PendingOut, 404: ErrorOut},
)
def contribution_translation(request, contribution_id: int, lang: str):
    """A published contribution machine-translated into `lang`, one of the interface
    languages the service offers. A text already in `lang` comes back as written
    (`machine` false)."""
    target = _target(lang)
    contribution = contribution_get_for_display(pk=contribution_id, user=optional_user(request))
    if contribution is None:
        raise Http404
    answers = list(contribution.answers.all())
    if contribution.language == target:
        return {
            "language": target,
            "source_language": contribution.language,
            "title": contribution.title,
            "answers": [{"question": a.question_id, "text": a.text} for a in answers],
            "machine": False,
            "engine": "",
        }
    translation = translation_request(obj=contribution, target=target)
    if translation is None:
        raise Http404
    if not translation.is_done:
        return _pending()
    segments = translation.segments
    return {
        "language": target,
        "source_language": translation.source_language,
        "title": segments.get("title", contribution.title),
        "answers": [
            {"question": a.question_id, "text": segments.get(f"answer:{a.question_id}", a.text)}
            for a in answers
        ],
        "machine": True,
        "engine": translation.engine,
    }


@router.get(
    "/comments/{comment_id}/translations/{lang}",
    response={200: CommentTranslationOut, 202: PendingOut, 404: ErrorOut},
)
def comment_translation(request, comment_id: int, lang: str):
    """A published comment machine-translated into `lang`; as the contribution's."""
    target = _target(lang)
    comment = comment_get_for_display(pk=comment_id, user=optional_user(request))
    if comment is None or not comment.is_visible:
        raise Http404
    if comment.language == target:
        return {
            "language": target,
            "source_language": comment.language,
            "text": comment.text,
            "machine": False,
            "engine": "",
        }
    translation = translation_request(obj=comment, target=target)
    if translation is None:
        raise Http404
    if not translation.is_done:
        return _pending()
    return {
        "language": target,
        "source_language": translation.source_language,
        "text": translation.segments.get("text", comment.text),
        "machine": True,
        "engine": translation.engine,
    }
