import re
import unicodedata

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import SentMail

# How much of a name a person typed in a mail shows: enough to greet, too little to carry
# a message to an address that never asked for one.
MAIL_NAME_LENGTH = 40
# A link, an e-mail address or a bare domain name ("evil.example"): mail clients make
# each of them clickable.
LINKISH = re.compile(
    r"[a-z][a-z0-9+.-]*://\S*|www\.\S*|\S+@\S+|[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b\S*",
    re.IGNORECASE,
)


def contains_link(text: str) -> bool:
    """Whether a name carries a link, an e-mail address or a domain name."""
    return LINKISH.search(text or "") is not None


def mail_name(name: str, *, fallback: str = "") -> str:
    """A name a requester chose, as a mail may show it: links, addresses and domain
    names taken out, control and direction characters dropped, at most
    MAIL_NAME_LENGTH characters. Every mail to an address that has not been confirmed
    greets with this and carries no other text of the requester's."""
    text = LINKISH.sub(" ", name or "")
    text = "".join(char for char in text if unicodedata.category(char)[0] != "C")
    text = " ".join(text.split())
    if len(text) > MAIL_NAME_LENGTH:
        text = text[: MAIL_NAME_LENGTH - 1].rstrip() + "…"
    return text or fallback


def send_templated_mail(
    *,
    template: str,
    to: list[str],
    language: str,
    context: dict,
    headers: dict | None = None,
    attachments: list[tuple[str, bytes, str]] | None = None,
) -> None:
    """Renders `<template>.subject.txt`, `.txt` and `.html` in the recipient's language
    and sends them as one message, with attachments given as (name, content, type)."""
    with translation.override(language):
        context = {"site_url": settings.SITE_URL, **context}
        subject = " ".join(render_to_string(f"{template}.subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=to, headers=headers or {})
    message.attach_alternative(html, "text/html")
    for name, content, mimetype in attachments or []:
        message.attach(name, content, mimetype)
    message.send()


def send_templated_mail_once(*, key: str, **mail) -> bool:
    """`send_templated_mail(**mail)` unless the mail named `key` went out before, so a
    task run again (after its worker was killed, or twice) sends one mail. Returns
    whether it sent.

    The key is claimed and the mail handed to the mailer in one transaction: when the
    process dies or sending fails before the commit, the claim is undone and a rerun
    sends. A run with the same key at the same time waits for that claim, then skips."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                SentMail.objects.create(key=key)
        except IntegrityError:
            return False
        send_templated_mail(**mail)
    return True
