"""Newsletter mails, serialised once per language.

Building and serialising a MIME message costs several times more than handing it to
the SMTP server, so a batch serialises one prototype per language (and token length)
with stand-ins for the recipient, the message id and the unsubscribe address, and
makes each recipient's bytes from it by replacement. The stand-in address has the
same length and the same kind of characters as the real one, so a quoted-printable
body keeps its line breaks. When a stand-in does not come out intact (an encoder
split or encoded it) or an address is not ASCII, the message is serialised the
ordinary way."""

import email.policy
from dataclasses import dataclass

from django.core.mail import EmailMultiAlternatives, make_msgid
from django.core.mail.utils import DNS_NAME

from .rendering import Rendered

STAND_IN_TO = "recipient@newsletter.invalid"
STAND_IN_ID = "<message-id@newsletter.invalid>"


@dataclass(frozen=True)
class _Serialised:
    data: bytes

    def as_bytes(self, *args, **kwargs) -> bytes:
        return self.data


class NewsletterMessage(EmailMultiAlternatives):
    prepared: bytes | None = None

    def message(self, *, policy=email.policy.default):
        if self.prepared is not None and policy is email.policy.SMTP:
            return _Serialised(self.prepared)
        return super().message(policy=policy)


def build_message(
    rendered: Rendered, *, to: str, unsubscribe_url: str, message_id: str | None = None
) -> NewsletterMessage:
    text, html = rendered.for_recipient(unsubscribe_url)
    headers = {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    if message_id:
        headers["Message-ID"] = message_id
    message = NewsletterMessage(subject=rendered.subject, body=text, to=[to], headers=headers)
    message.attach_alternative(html, "text/html")
    return message


class Prototypes:
    """The serialised prototypes of one batch, by language and token length."""

    def __init__(self, unsubscribe_base: str):
        self.unsubscribe_base = unsubscribe_base  # contains "TOKEN"
        self._cache: dict[tuple[str, int], tuple[bytes, bytes] | None] = {}

    def _stand_in_url(self, token_length: int) -> str:
        digits = token_length - 17  # "<id>.<16 hex digits>"
        return self.unsubscribe_base.replace("TOKEN", "0" * digits + "." + "0" * 16)

    def _prototype(self, rendered: Rendered, token_length: int) -> tuple[bytes, bytes] | None:
        key = (rendered.language, token_length)
        if key not in self._cache:
            url = self._stand_in_url(token_length)
            message = build_message(
                rendered, to=STAND_IN_TO, unsubscribe_url=url, message_id=STAND_IN_ID
            )
            data = EmailMultiAlternatives.message(message, policy=email.policy.SMTP).as_bytes()
            intact = (
                data.count(url.encode()) == 3  # header, text and HTML
                and data.count(STAND_IN_TO.encode()) == 1
                and data.count(STAND_IN_ID.encode()) == 1
            )
            self._cache[key] = (data, url.encode()) if intact else None
        return self._cache[key]

    def message(self, rendered: Rendered, *, to: str, token: str) -> NewsletterMessage:
        url = self.unsubscribe_base.replace("TOKEN", token)
        message = build_message(rendered, to=to, unsubscribe_url=url)
        prototype = self._prototype(rendered, len(token)) if to.isascii() else None
        if prototype is not None:
            data, stand_in_url = prototype
            message.prepared = (
                data.replace(stand_in_url, url.encode())
                .replace(STAND_IN_TO.encode(), to.encode())
                .replace(STAND_IN_ID.encode(), make_msgid(domain=DNS_NAME).encode())
            )
        return message
