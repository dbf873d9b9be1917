import pytest
from django.urls import reverse

from praxisdialog.contributions.models import Contribution
from praxisdialog.events import services as event_services
from praxisdialog.events.models import Registration
from praxisdialog.events.services import RegistrationAnswers
from praxisdialog.network.models import Profile
from praxisdialog.privacy.models import ConsentWithdrawal
from tests.contributions.factories import ContributionFactory
from tests.events.factories import EventFactory
from tests.network.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def test_the_page_lists_every_consent_given(client, user, call):
    ContributionFactory(author=user, call=call, title="Veröffentlicht mit Einwilligung")
    ContributionFactory(author=user, call=call, title="Zurückgezogen", status="withdrawn")
    ProfileFactory(user=user, display_name="Amal B.")
    event = EventFactory(title="Werkstatt Pflege")
    event_services.registration_create(
        event=event, user=user, answers=RegistrationAnswers(list_consent=True)
    )
    client.force_login(user)
    page = client.get(reverse("privacy:consents")).content.decode()
    assert "Veröffentlichung Ihrer Beiträge" in page
    assert "Veröffentlicht mit Einwilligung" in page
    assert "Zurückgezogen" not in page
    assert "Ihr Profil „Amal B.“ wird im Netzwerk angezeigt." in page
    assert "Teilnehmendenliste von „Werkstatt Pflege“" in page
    assert "Sie erhalten unseren Newsletter nicht." in page
    assert page.count("<h1>") == 1


def test_withdrawing_publication_consent_unpublishes_and_is_recorded(client, user, call):
    contribution = ContributionFactory(author=user, call=call, title="Meine Geschichte")
    client.force_login(user)
    url = reverse("privacy:consent-publication-withdraw", args=[contribution.pk])
    response = client.post(url, follow=True)
    assert (
        "Sie haben Ihre Einwilligung widerrufen. „Meine Geschichte“ ist nicht mehr veröffentlicht."
        in response.content.decode()
    )
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.WITHDRAWN
    assert contribution.consent_at is None
    withdrawal = ConsentWithdrawal.objects.get(user=user)
    assert (withdrawal.kind, withdrawal.object_id) == ("publication", contribution.pk)
    # Gone from the public page.
    client.logout()
    assert client.get(contribution.get_absolute_url()).status_code == 404


def test_someone_elses_contribution_or_registration_answers_404(client, user, other_user, call):
    contribution = ContributionFactory(author=other_user, call=call)
    registration = event_services.registration_create(
        event=EventFactory(), user=other_user, answers=RegistrationAnswers(list_consent=True)
    )
    client.force_login(user)
    assert (
        client.post(
            reverse("privacy:consent-publication-withdraw", args=[contribution.pk])
        ).status_code
        == 404
    )
    assert (
        client.post(
            reverse("privacy:consent-event-list-withdraw", args=[registration.pk])
        ).status_code
        == 404
    )
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PUBLISHED
    assert Registration.objects.get(pk=registration.pk).list_consent
    assert not ConsentWithdrawal.objects.exists()


def test_withdrawing_needs_post(client, user, call):
    contribution = ContributionFactory(author=user, call=call)
    client.force_login(user)
    url = reverse("privacy:consent-publication-withdraw", args=[contribution.pk])
    assert client.get(url).status_code == 405


def test_the_network_profile_is_switched_off(client, user):
    ProfileFactory(user=user)
    client.force_login(user)
    response = client.post(reverse("privacy:consent-network-withdraw"), follow=True)
    assert "Ihr Netzwerkprofil wird niemandem mehr angezeigt." in response.content.decode()
    assert not Profile.objects.get(user=user).is_listed
    again = client.post(reverse("privacy:consent-network-withdraw"), follow=True)
    assert "Ihr Netzwerkprofil wird nicht angezeigt." in again.content.decode()
    assert ConsentWithdrawal.objects.filter(user=user).count() == 1


def test_the_name_comes_off_the_participant_list(client, user):
    event = EventFactory(title="Werkstatt Pflege")
    registration = event_services.registration_create(
        event=event, user=user, answers=RegistrationAnswers(list_consent=True)
    )
    client.force_login(user)
    response = client.post(
        reverse("privacy:consent-event-list-withdraw", args=[registration.pk]), follow=True
    )
    assert "Ihr Name erscheint nicht mehr auf der Teilnehmendenliste" in response.content.decode()
    registration.refresh_from_db()
    assert not registration.list_consent
    assert registration.status == Registration.Status.CONFIRMED


def test_the_newsletter_subscription_is_listed_and_withdrawn(client, user):
    from praxisdialog.newsletter.models import Subscriber
    from tests.newsletter.factories import SubscriberFactory

    subscriber = SubscriberFactory(email=user.email.upper())
    client.force_login(user)
    assert (
        "Sie erhalten unseren Newsletter."
        in client.get(reverse("privacy:consents")).content.decode()
    )

    response = client.post(reverse("privacy:consent-newsletter-withdraw"), follow=True)
    text = response.content.decode()
    assert "Sie haben den Newsletter abbestellt." in text
    assert "Sie erhalten unseren Newsletter nicht." in text
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert ConsentWithdrawal.objects.get(user=user).kind == "newsletter"


def test_without_a_subscription_nothing_is_withdrawn(client, user):
    client.force_login(user)
    response = client.post(reverse("privacy:consent-newsletter-withdraw"), follow=True)
    assert "Es gibt kein Newsletter-Abonnement" in response.content.decode()
    assert not ConsentWithdrawal.objects.exists()


def test_the_list_has_a_bounded_number_of_queries(
    client, user, call, django_assert_max_num_queries
):
    client.force_login(user)
    for _ in range(2):
        ContributionFactory(author=user, call=call)
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("privacy:consents"))
    for _ in range(25):
        ContributionFactory(author=user, call=call)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(reverse("privacy:consents"))
    assert "Seite 1 von 2" in page.content.decode()
