"""A newsletter as a recipient sees it, rendered once per language.

The unsubscribe address differs per recipient, so the templates are rendered with a
marker that each message replaces: rendering 10,000 templates would cost more than
sending them."""

from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from praxisdialog.core.markdown import render_markdown

from .models import Newsletter

UNSUBSCRIBE_MARK = "https://unsubscribe.invalid/newsletter-mark/"


@dataclass(frozen=True)
class Rendered:
    language: str
    subject: str
    text: str
    html: str
    body_html: str
    # The subject and text are the machine translation of the German (labelled in the
    # mail, with the German original below it).
    machine: bool = False
    # Staff wrote no version in the language and its machine translation is being made.
    pending: bool = False

    def for_recipient(self, unsubscribe_url: str) -> tuple[str, str]:
        return (
            self.text.replace(UNSUBSCRIBE_MARK, unsubscribe_url),
            self.html.replace(UNSUBSCRIBE_MARK, unsubscribe_url),
        )


@dataclass(frozen=True)
class Version:
    language: str
    subject: str
    body: str
    machine: bool = False
    pending: bool = False


def _machine_version(newsletter: Newsletter, language: str, *, ask: bool, make: bool):
    """The machine translation of the current German text into `language`: the stored
    one; with `ask` it is asked for when missing (a task makes it); with `make` (only
    in a task: sending) it is made here and now when it is not there yet."""
    from praxisdialog.translation.backends import translation_enabled
    from praxisdialog.translation.models import Translation
    from praxisdialog.translation.selectors import current_translations
    from praxisdialog.translation.services import translation_make, translation_request

    if not translation_enabled():
        return None
    row = current_translations(objects=[newsletter], target=language).get(newsletter.pk)
    if (row is None or row.status == Translation.Status.FAILED) and (ask or make):
        row = translation_request(obj=newsletter, target=language, asked=True)
    if row is not None and not row.is_done and make:
        row = translation_make(translation=row)
    return row


def newsletter_version(
    newsletter: Newsletter, language: str, *, ask: bool = False, make: bool = False
) -> Version:
    """What subscribers reading `language` receive: the version staff wrote in it; else
    the machine translation of the German (when a service is configured and it is
    there); else the German. See `_machine_version` for `ask` and `make`."""
    german = Version(settings.LANGUAGE_CODE, newsletter.subject, newsletter.body)
    if language == settings.LANGUAGE_CODE:
        return german
    if newsletter.has_version(language):
        return Version(
            language,
            newsletter.written_version("subject", language),
            newsletter.written_version("body", language),
        )
    row = _machine_version(newsletter, language, ask=ask, make=make)
    if row is None:
        return german
    subject, body = row.segments.get("subject"), row.segments.get("body")
    if row.is_done and subject and body:
        return Version(language, subject, body, machine=True)
    return Version(german.language, german.subject, german.body, pending=not row.is_done)


def newsletter_render(
    newsletter: Newsletter,
    language: str,
    *,
    unsubscribe_url: str = UNSUBSCRIBE_MARK,
    ask: bool = False,
    make: bool = False,
) -> Rendered:
    version = newsletter_version(newsletter, language, ask=ask, make=make)
    body_html = render_markdown(version.body)
    context = {
        "site_url": settings.SITE_URL,
        "subject": version.subject,
        "body": version.body,
        "body_html": body_html,
        "unsubscribe_url": unsubscribe_url,
        "LANGUAGE_CODE": version.language,
        "machine": version.machine,
    }
    if version.machine:
        context.update(
            original_language=settings.LANGUAGE_CODE,
            original_subject=newsletter.subject,
            original_body=newsletter.body,
            original_body_html=render_markdown(newsletter.body),
        )
    with translation.override(version.language):
        text = render_to_string("newsletter/emails/newsletter.txt", context)
        html = render_to_string("newsletter/emails/newsletter.html", context)
    return Rendered(
        language=version.language,
        subject=version.subject,
        text=text,
        html=html,
        body_html=body_html,
        machine=version.machine,
        pending=version.pending,
    )
