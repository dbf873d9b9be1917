import copy
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from praxisdialog.core.emails import send_templated_mail
from praxisdialog.core.models import SiteSettings
from praxisdialog.core.ratelimit import rate_limit_check

from .models import Page, PageVersion


@transaction.atomic
def page_save(*, page: Page, user=None) -> Page:
    """Saves the page and records its new state as a version (who, when, title, text
    and the versions in every other language)."""
    page.full_clean()
    page.save()
    PageVersion.objects.create(
        page=page,
        title=page.title,
        body=page.body,
        translations=copy.deepcopy(page.translations or {}),
        created_by=user,
    )
    return page


def page_restore(*, version: PageVersion, user=None) -> Page:
    """Brings back an earlier text in every language; the restore is itself a new
    version. A version saved before the other languages were kept brings back the
    German and leaves the other languages as they are."""
    page = version.page
    page.title = version.title
    page.body = version.body
    if version.translations is not None:
        page.translations = copy.deepcopy(version.translations)
    return page_save(page=page, user=user)


@dataclass(frozen=True)
class ContactMessage:
    name: str
    email: str
    message: str
    send_copy: bool


def contact_recipient(*, call=None) -> str:
    """The call's contact person, or else the institute's address."""
    if call is not None:
        return call.contact_email
    return SiteSettings.load().email or settings.DEFAULT_FROM_EMAIL


def contact_send(
    *, message: ContactMessage, call=None, user=None, ip: str = "", language: str
) -> None:
    """Sends the message with Reply-To the sender, and a copy to them if asked.

    Limited per account and per IP address (the mail scope of the rate limits), never
    per typed address, which would let anyone use up another person's allowance. The
    view offers the copy only to signed-in people, to the address of their account, so
    the form cannot send text of a stranger's choosing to any inbox."""
    rate_limit_check(scope="mail", user=user, ip=ip)
    context = {"message": message, "call": call}
    send_templated_mail(
        template="pages/emails/contact",
        to=[contact_recipient(call=call)],
        language=settings.LANGUAGE_CODE,
        context=context,
        headers={"Reply-To": message.email},
    )
    if message.send_copy:
        send_templated_mail(
            template="pages/emails/contact_copy",
            to=[message.email],
            language=language,
            context=context,
        )
