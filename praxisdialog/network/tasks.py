from django.tasks import task

from . import services
from .models import ContactRequest, Conversation, Message


@task
def send_contact_request_mail(*, request_id: int) -> None:
    contact_request = (
        ContactRequest.objects.select_related("sender", "recipient").filter(pk=request_id).first()
    )
    if contact_request is not None and contact_request.is_pending:
        services.contact_request_mail_send(contact_request=contact_request)


@task
def send_contact_accepted_mail(*, conversation_id: int) -> None:
    conversation = (
        Conversation.objects.select_related("request__sender", "request__recipient")
        .filter(pk=conversation_id)
        .first()
    )
    if conversation is not None:
        services.contact_accepted_mail_send(conversation=conversation)


@task
def send_message_mail(*, message_id: int) -> None:
    message = (
        Message.objects.select_related(
            "author", "conversation__request__sender", "conversation__request__recipient"
        )
        .filter(pk=message_id)
        .first()
    )
    if message is not None:
        services.message_mail_send(message=message)
