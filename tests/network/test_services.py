import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from praxisdialog.network import services
from praxisdialog.network.models import (
    Block,
    ContactRequest,
    Conversation,
    Message,
    Profile,
)
from tests.accounts.factories import UserFactory, VerifiedUserFactory
from tests.network.factories import (
    ContactRequestFactory,
    ProfileFactory,
    conversation_between,
    interests,
)

pytestmark = pytest.mark.django_db


def test_a_new_profile_is_off_and_visible_to_participants_only_by_default(user):
    profile = services.profile_save(
        user=user,
        data=services.ProfileInput(
            display_name="Amal",
            region="DE-TH",
            languages=["de", "ar"],
            offers=interests("mentoring"),
            seeks=interests("job"),
        ),
    )
    assert profile.is_listed is False
    assert profile.visibility == Profile.Visibility.PARTICIPANTS
    assert sorted(profile.language_codes) == ["ar", "de"]
    assert [i.slug for i in profile.offers.all()] == ["mentoring"]


def test_saving_again_changes_languages_and_offers(user):
    data = services.ProfileInput(display_name="Amal", languages=["de"], offers=interests("job"))
    services.profile_save(user=user, data=data)
    data.languages = ["en"]
    data.offers = interests("mentoring", "funding")
    profile = services.profile_save(user=user, data=data)
    assert Profile.objects.count() == 1
    assert profile.language_codes == ["en"]
    assert {i.slug for i in profile.offers.all()} == {"mentoring", "funding"}


def test_bad_profile_input_changes_nothing(user):
    with pytest.raises(ValidationError) as error:
        services.profile_save(
            user=user,
            data=services.ProfileInput(display_name=" ", region="Erfurt", languages=["xx"]),
        )
    assert set(error.value.message_dict) == {"display_name", "region", "languages"}
    assert not Profile.objects.exists()


def test_unverified_people_cannot_make_a_profile():
    with pytest.raises(PermissionDenied):
        services.profile_save(user=UserFactory(), data=services.ProfileInput(display_name="X"))


def _send(sender, profile, message="Guten Tag, darf ich Sie etwas fragen?"):
    return services.contact_request_send(sender=sender, profile=profile, message=message)


def test_a_contact_request_tells_the_recipient_without_disclosing_the_sender_address(
    django_capture_on_commit_callbacks,
):
    sender = ProfileFactory(display_name="Bernd").user
    target = ProfileFactory()
    with django_capture_on_commit_callbacks(execute=True):
        request = _send(sender, target)
    assert request.status == ContactRequest.Status.PENDING
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [target.user.email]
    assert "Bernd" in message.subject
    assert sender.email not in message.body
    assert sender.email not in message.alternatives[0][0]


def test_one_needs_a_listed_profile_of_ones_own_to_ask():
    target = ProfileFactory()
    with pytest.raises(ValidationError):
        _send(VerifiedUserFactory(), target)
    sender = ProfileFactory(is_listed=False).user
    with pytest.raises(ValidationError):
        _send(sender, target)
    assert not ContactRequest.objects.exists()


def test_no_second_open_request_between_the_same_two_people_either_way():
    first, second = ProfileFactory(), ProfileFactory()
    _send(first.user, second)
    with pytest.raises(ValidationError):
        _send(first.user, second)
    with pytest.raises(ValidationError):
        _send(second.user, first)
    assert ContactRequest.objects.count() == 1


def test_after_a_decline_the_sender_cannot_ask_again():
    first, second = ProfileFactory(), ProfileFactory()
    request = _send(first.user, second)
    services.contact_request_answer(contact_request=request, user=second.user, accept=False)
    with pytest.raises(ValidationError):
        _send(first.user, second)


def test_contact_requests_are_rate_limited_per_account():
    sender = ProfileFactory().user
    targets = [ProfileFactory() for _ in range(services.CONTACT_REQUEST_LIMIT + 1)]
    for target in targets[:-1]:
        _send(sender, target)
    with pytest.raises(services.RateLimited) as error:
        _send(sender, targets[-1])
    assert str(services.CONTACT_REQUEST_LIMIT) in error.value.messages[0]
    assert ContactRequest.objects.count() == services.CONTACT_REQUEST_LIMIT
    # Another account is not affected.
    _send(ProfileFactory().user, targets[-1])


def test_refused_requests_do_not_count_against_the_limit():
    sender = ProfileFactory().user
    target = ProfileFactory()
    _send(sender, target)
    for _ in range(services.CONTACT_REQUEST_LIMIT):
        with pytest.raises(ValidationError):
            _send(sender, target)
    assert services.contact_requests_left(user=sender) == services.CONTACT_REQUEST_LIMIT - 1


def test_accepting_opens_a_conversation_and_tells_the_sender(django_capture_on_commit_callbacks):
    sender, target = ProfileFactory().user, ProfileFactory(display_name="Chiara")
    request = _send(sender, target)
    with django_capture_on_commit_callbacks(execute=True):
        conversation = services.contact_request_answer(
            contact_request=request, user=target.user, accept=True
        )
    assert isinstance(conversation, Conversation)
    assert request.status == ContactRequest.Status.ACCEPTED
    assert mail.outbox[0].to == [sender.email]
    assert "Chiara" in mail.outbox[0].subject
    assert target.user.email not in mail.outbox[0].body
    with pytest.raises(ValidationError):
        services.contact_request_answer(contact_request=request, user=target.user, accept=False)


def test_only_the_recipient_answers():
    request = ContactRequestFactory()
    with pytest.raises(PermissionDenied):
        services.contact_request_answer(contact_request=request, user=request.sender, accept=True)
    assert ContactRequest.objects.get().status == ContactRequest.Status.PENDING


def test_a_message_reaches_the_other_by_mail_and_outsiders_cannot_write(
    django_capture_on_commit_callbacks,
):
    first, second = VerifiedUserFactory(), VerifiedUserFactory()
    conversation = conversation_between(first, second)
    with django_capture_on_commit_callbacks(execute=True):
        services.message_send(conversation=conversation, author=first, text="Wann passt es Ihnen?")
    assert mail.outbox[-1].to == [second.email]
    assert "Wann passt es Ihnen?" in mail.outbox[-1].body
    assert first.email not in mail.outbox[-1].body
    with pytest.raises(PermissionDenied):
        services.message_send(conversation=conversation, author=VerifiedUserFactory(), text="Hi")
    with pytest.raises(ValidationError):
        services.message_send(conversation=conversation, author=first, text="   ")
    assert Message.objects.count() == 1


def test_sharing_the_address_is_per_person():
    first, second = VerifiedUserFactory(), VerifiedUserFactory()
    conversation = conversation_between(first, second)
    services.email_share_set(conversation=conversation, user=second, share=True)
    conversation.refresh_from_db()
    assert conversation.shares_email(second) and not conversation.shares_email(first)


def test_blocking_declines_open_requests_and_closes_contact():
    first, second = ProfileFactory(), ProfileFactory()
    request = _send(first.user, second)
    conversation = conversation_between(second.user, first.user)
    services.block_create(blocker=second.user, blocked=first.user)
    request.refresh_from_db()
    assert request.status == ContactRequest.Status.DECLINED
    assert Block.objects.count() == 1
    with pytest.raises(PermissionDenied):
        _send(first.user, second)
    with pytest.raises(ValidationError):
        services.message_send(conversation=conversation, author=first.user, text="Hallo?")
    services.block_delete(blocker=second.user, blocked_id=first.user.pk)
    assert not Block.objects.exists()


def test_the_sender_withdraws_a_pending_request_and_may_ask_again_later(client):
    first, second = ProfileFactory(), ProfileFactory()
    request = _send(first.user, second)
    with pytest.raises(PermissionDenied):
        services.contact_request_withdraw(contact_request=request, user=second.user)
    client.force_login(first.user)
    page = client.get(reverse("network:contact-request-list")).content.decode()
    assert "Zurückziehen" in page
    response = client.post(reverse("network:contact-request-withdraw", args=[request.pk]))
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == ContactRequest.Status.WITHDRAWN
    # The recipient no longer sees it; answering it is refused.
    client.force_login(second.user)
    assert (
        "Guten Tag, darf ich"
        not in client.get(reverse("network:contact-request-list")).content.decode()
    )
    with pytest.raises(ValidationError):
        services.contact_request_answer(contact_request=request, user=second.user, accept=True)
    assert _send(first.user, second).status == ContactRequest.Status.PENDING


def test_the_recipient_cannot_withdraw_through_the_page(client):
    first, second = ProfileFactory(), ProfileFactory()
    request = _send(first.user, second)
    client.force_login(second.user)
    response = client.post(reverse("network:contact-request-withdraw", args=[request.pk]))
    assert response.status_code == 404
    request.refresh_from_db()
    assert request.status == ContactRequest.Status.PENDING
