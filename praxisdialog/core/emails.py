from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


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
