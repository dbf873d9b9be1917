import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import translation

from praxisdialog.calls.models import Role, Setting
from praxisdialog.network.selectors import (
    ProfileFilters,
    match_list_strong,
    profile_list_visible,
    suggestion_list_for_user,
)
from tests.network.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def _names(queryset):
    return {profile.display_name for profile in queryset}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"role": "trainer"}, {"Anna"}),
        ({"setting": "civic"}, {"Boris"}),
        ({"region": "DE-TH"}, {"Anna"}),
        ({"language": "uk"}, {"Boris"}),
        ({"offer": "mentoring"}, {"Anna"}),
        ({"seek": "mentoring"}, {"Boris"}),
        ({"q": "tandem"}, {"Boris"}),
        ({"q": "werkstatt"}, {"Anna"}),
        ({}, {"Anna", "Boris"}),
    ],
)
def test_directory_filters(user, query, expected):
    ProfileFactory(
        display_name="Anna",
        organisation="Werkstatt Erfurt",
        role=Role.objects.get(slug="trainer"),
        setting=Setting.objects.get(slug="sme"),
        region="DE-TH",
        languages=["de", "ar"],
        offers=["mentoring"],
        seeks=["volunteers"],
    )
    ProfileFactory(
        display_name="Boris",
        role=Role.objects.get(slug="volunteer"),
        setting=Setting.objects.get(slug="civic"),
        region="DE-SN",
        languages=["de", "uk"],
        offers=["language-tandem"],
        seeks=["mentoring"],
        offer_text="Sprachtandem donnerstags",
    )
    filters = ProfileFilters.from_query(query)
    assert _names(profile_list_visible(user=user, filters=filters)) == expected


def test_unknown_filter_values_are_named_and_ignored(user):
    ProfileFactory(display_name="Anna")
    filters = ProfileFilters.from_query({"region": "Erfurt", "offer": "nope"})
    assert filters.ignored == ["region", "offer"]
    assert _names(profile_list_visible(user=user, filters=filters)) == {"Anna"}


def test_unlisted_profiles_appear_nowhere(user):
    ProfileFactory(display_name="Versteckt", is_listed=False, visibility="public")
    assert not profile_list_visible(user=user).exists()
    assert not profile_list_visible(user=AnonymousUser()).exists()


def test_suggestions_rank_a_planted_best_match_first_with_reasons(user):
    ProfileFactory(
        user=user,
        display_name="Ich",
        region="DE-TH",
        languages=["de", "ar"],
        setting=Setting.objects.get(slug="civic"),
        offers=["language-tandem"],
        seeks=["mentoring", "job"],
    )
    # Only one direction, elsewhere.
    ProfileFactory(display_name="Weit weg", region="DE-BY", offers=["job"])
    # Both directions, same region, shared language, another setting: the best.
    best = ProfileFactory(
        display_name="Passt genau",
        region="DE-TH",
        languages=["ar"],
        setting=Setting.objects.get(slug="sme"),
        offers=["mentoring", "job"],
        seeks=["language-tandem"],
    )
    ProfileFactory(display_name="Nur Region", region="DE-TH", offers=["funding"])
    ProfileFactory(display_name="Nur Mentoring", offers=["mentoring"], languages=["de"])
    with translation.override("en"):
        suggestions = suggestion_list_for_user(user=user)
    assert [s.profile.display_name for s in suggestions] == [
        "Passt genau",
        "Nur Mentoring",
        "Weit weg",
    ]
    assert suggestions[0].profile == best
    assert suggestions[0].reason_text == (
        "offers Mentoring, Job, which you seek; seeks Language tandem, which you offer; "
        "both in Thuringia; you both speak Arabic; works in another setting: SME / Mittelstand"
    )


def test_no_suggestions_without_a_listed_profile_of_ones_own(user):
    ProfileFactory(offers=["mentoring"])
    assert suggestion_list_for_user(user=user) == []
    ProfileFactory(user=user, is_listed=False, seeks=["mentoring"])
    assert suggestion_list_for_user(user=user) == []


def test_staff_overview_lists_mutual_matches_only():
    anna = ProfileFactory(display_name="Anna", offers=["mentoring"], seeks=["job"])
    ProfileFactory(display_name="Ben", offers=["job"], seeks=["mentoring"])
    ProfileFactory(display_name="Cem", offers=["job"])  # one direction only
    ProfileFactory(display_name="Dora", offers=["job"], seeks=["mentoring"], is_listed=False)
    with translation.override("en"):
        matches = match_list_strong()
    assert [(m.first.display_name, m.second.display_name) for m in matches] == [("Anna", "Ben")]
    assert matches[0].first == anna
    assert "Anna offers Mentoring, which Ben seeks" in matches[0].reasons


def test_staff_overview_narrows_to_the_people_of_a_workshop():
    from praxisdialog.events.selectors import participant_user_ids
    from praxisdialog.events.services import registration_create
    from tests.events.factories import EventFactory

    anna = ProfileFactory(display_name="Anna", offers=["mentoring"], seeks=["job"])
    ben = ProfileFactory(display_name="Ben", offers=["job"], seeks=["mentoring"])
    cleo = ProfileFactory(display_name="Cleo", offers=["job"], seeks=["mentoring"])
    event = EventFactory()
    for profile in [anna, cleo]:
        registration_create(event=event, user=profile.user)
    everyone = {frozenset((m.first.pk, m.second.pk)) for m in match_list_strong()}
    assert everyone == {frozenset((anna.pk, ben.pk)), frozenset((anna.pk, cleo.pk))}
    workshop = match_list_strong(user_ids=participant_user_ids(event=event))
    assert [{m.first.pk, m.second.pk} for m in workshop] == [{anna.pk, cleo.pk}]


def test_one_message_is_read_with_one_query_for_its_two_people_only(django_assert_num_queries):
    from praxisdialog.network.models import Message
    from praxisdialog.network.selectors import message_get_for_participant
    from tests.accounts.factories import VerifiedUserFactory
    from tests.network.factories import conversation_between

    sender, recipient, stranger = (VerifiedUserFactory() for _ in range(3))
    conversation = conversation_between(sender, recipient)
    Message.objects.bulk_create(
        Message(conversation=conversation, author=sender, text=f"Nachricht {n}") for n in range(30)
    )
    wanted = Message.objects.filter(conversation=conversation).order_by("pk")[12]
    with django_assert_num_queries(1):
        found = message_get_for_participant(
            conversation_id=conversation.pk, pk=wanted.pk, user=recipient
        )
        # What the service asks of it comes with it.
        assert found.conversation.has_participant(recipient)
    assert found.text == "Nachricht 12"
    assert (
        message_get_for_participant(conversation_id=conversation.pk, pk=wanted.pk, user=sender)
        == wanted
    )
    assert (
        message_get_for_participant(conversation_id=conversation.pk, pk=wanted.pk, user=stranger)
        is None
    )
    assert (
        message_get_for_participant(
            conversation_id=conversation.pk, pk=wanted.pk, user=AnonymousUser()
        )
        is None
    )
    # Not through another conversation of the same person.
    other = conversation_between(recipient, stranger)
    assert (
        message_get_for_participant(conversation_id=other.pk, pk=wanted.pk, user=recipient) is None
    )
