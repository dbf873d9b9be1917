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

    def for_recipient(self, unsubscribe_url: str) -> tuple[str, str]:
        return (
            self.text.replace(UNSUBSCRIBE_MARK, unsubscribe_url),
            self.html.replace(UNSUBSCRIBE_MARK, unsubscribe_url),
        )


def content_language(newsletter: Newsletter, language: str) -> str:
    """Readers get the version in their language when staff wrote one; else German."""
    return language if newsletter.has_version(language) else settings.LANGUAGE_CODE


def newsletter_render(
    newsletter: Newsletter, language: str, *, unsubscribe_url: str = UNSUBSCRIBE_MARK
) -> Rendered:
    language = content_language(newsletter, language)
    written = language != settings.LANGUAGE_CODE
    subject = newsletter.written_version("subject", language) if written else newsletter.subject
    body = newsletter.written_version("body", language) if written else newsletter.body
    body_html = render_markdown(body)
    context = {
        "site_url": settings.SITE_URL,
        "subject": subject,
        "body": body,
        "body_html": body_html,
        "unsubscribe_url": unsubscribe_url,
        "LANGUAGE_CODE": language,
    }
    with translation.override(language):
        text = render_to_string("newsletter/emails/newsletter.txt", context)
        html = render_to_string("newsletter/emails/newsletter.html", context)
    return Rendered(language=language, subject=subject, text=text, html=html, body_html=body_html)
