from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import SentMail


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
