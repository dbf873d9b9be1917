import pytest
from django.urls import reverse

from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.models import Attribution, Contribution
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def _form_data(call, **changes):
    data = {
        "title": "Mentoring im Handwerk",
        "role": Role.objects.get(slug="trainer").pk,
        "setting": Setting.objects.get(slug="sme").pk,
        "sector": "crafts",
        "region": "DE-BY",
        "language": "de",
        "attribution": "pseudonym",
        "consent": "on",
        "submit": "1",
    }
    for question in call.questions.all():
        data[f"answer_{question.pk}"] = f"Antwort auf {question.text}"
    data.update(changes)
    return data


def test_a_verified_participant_submits_a_contribution(client, call, user):
    client.force_login(user)
    url = reverse("contributions:contribution-create", args=[call.slug])
    response = client.post(url, _form_data(call))
    contribution = Contribution.objects.get()
    assert response.status_code == 302
    assert response["Location"] == contribution.get_absolute_url()
    assert contribution.status == Contribution.Status.SUBMITTED
    assert contribution.author == user
    page = client.get(contribution.get_absolute_url()).content.decode()
    assert "Mentoring im Handwerk" in page


def test_missing_required_answers_keep_everything_typed(client, call, user):
    client.force_login(user)
    first = call.questions.get(position=1)
    data = _form_data(call, **{f"answer_{first.pk}": ""})
    response = client.post(reverse("contributions:contribution-create", args=[call.slug]), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Mentoring im Handwerk" in page  # nothing typed is lost
    assert 'id="error-summary"' in page
    assert not Contribution.objects.exists()


def test_over_long_title_gets_a_message_with_the_limit(client, call, user):
    client.force_login(user)
    data = _form_data(call, title="x" * 161)
    response = client.post(reverse("contributions:contribution-create", args=[call.slug]), data)
    assert response.status_code == 200
    assert "160" in response.content.decode()
    assert not Contribution.objects.exists()


def test_personal_data_is_pointed_out_before_sending(client, call, user):
    client.force_login(user)
    first = call.questions.get(position=1)
    data = _form_data(call, **{f"answer_{first.pk}": "Mail an chef@example.org genügt."})
    url = reverse("contributions:contribution-create", args=[call.slug])
    response = client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "<mark>chef@example.org</mark>" in page
    assert 'name="personal_data_confirmed"' in page
    assert not Contribution.objects.exists()
    response = client.post(url, {**data, "personal_data_confirmed": "on"})
    assert response.status_code == 302
    assert Contribution.objects.get().privacy_findings[0]["kind"] == "email"


def test_a_draft_is_saved_and_listed_under_my_contributions(client, call, user):
    client.force_login(user)
    data = _form_data(call)
    del data["submit"]
    data["draft"] = "1"
    client.post(reverse("contributions:contribution-create", args=[call.slug]), data)
    assert Contribution.objects.get().status == Contribution.Status.DRAFT
    page = client.get(reverse("contributions:my-contributions")).content.decode()
    assert "Mentoring im Handwerk" in page


def test_visitors_are_sent_to_log_in_and_unverified_people_to_confirm(
    client, call, unverified_user
):
    url = reverse("contributions:contribution-create", args=[call.slug])
    assert reverse("account_login") in client.get(url)["Location"]
    client.force_login(unverified_user)
    assert client.get(url)["Location"] == reverse("account_email")
    client.post(url, _form_data(call))
    assert not Contribution.objects.exists()


def test_unknown_call_is_404(client):
    assert client.get("/calls/gibt-es-nicht/").status_code == 404
    assert client.get("/calls/gibt-es-nicht/contributions/").status_code == 404


def test_a_draft_call_is_hidden_from_visitors(client, call):
    call.status = "draft"
    call.save()
    assert client.get(call.get_absolute_url()).status_code == 404


def test_list_filters_by_role_and_ignores_unknown_values(client, call):
    ContributionFactory(
        call=call, title="Aus der Ausbildung", role=Role.objects.get(slug="trainer")
    )
    ContributionFactory(call=call, title="Aus der Gründung", role=Role.objects.get(slug="founder"))
    url = reverse("contributions:contribution-list", args=[call.slug])
    page = client.get(url, {"role": "trainer"}).content.decode()
    assert "Aus der Ausbildung" in page and "Aus der Gründung" not in page
    response = client.get(url, {"role": "astronaut", "region": "Mars", "page": "x"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Aus der Ausbildung" in page and "Aus der Gründung" in page
    assert 'class="message message-info"' in page


def test_list_sorts_by_most_helpful(client, call):
    # Titles that no label of the page contains ("Wenig" is in "Weniger als …").
    ContributionFactory(call=call, title="Selten gelobt", helpful_count=1)
    ContributionFactory(call=call, title="Oft gelobt", helpful_count=9)
    page = client.get(
        reverse("contributions:contribution-list", args=[call.slug]), {"sort": "helpful"}
    ).content.decode()
    assert page.index("Oft gelobt") < page.index("Selten gelobt")


def test_empty_list_invites_the_first_contribution(client, call):
    page = client.get(reverse("contributions:contribution-list", args=[call.slug])).content.decode()
    assert reverse("contributions:contribution-create", args=[call.slug]) in page


def test_list_answers_htmx_with_the_results_fragment_only(client, call):
    ContributionFactory(call=call, title="Fragment")
    response = client.get(
        reverse("contributions:contribution-list", args=[call.slug]),
        headers={"HX-Request": "true", "HX-Target": "results"},
    )
    page = response.content.decode()
    assert "Fragment" in page
    assert "<html" not in page


def test_list_folds_its_filters_and_counts_the_active_ones(client, call):
    ContributionFactory(call=call, region="DE-BE")
    url = reverse("contributions:contribution-list", args=[call.slug])
    page = client.get(url, {"region": "DE-BE", "language": "de", "sort": "helpful"})
    html = page.content.decode()
    assert '<details class="filter-panel" data-open-wide>' in html
    # The order is no filter; the form is never restored by the browser or htmx.
    assert 'id="filter-count">2 aktiv</span>' in html
    assert 'autocomplete="off" hx-history="false"' in html
    # Filtering with htmx swaps the results and the count beside the summary.
    fragment = client.get(
        url, {"region": "DE-BE"}, headers={"HX-Request": "true", "HX-Target": "results"}
    ).content.decode()
    assert 'id="filter-count" hx-swap-oob="true">1 aktiv</span>' in fragment


@pytest.mark.parametrize("count", [2, 20])
def test_list_needs_the_same_queries_whatever_its_length(
    client, call, count, django_assert_max_num_queries
):
    ContributionFactory.create_batch(count, call=call)
    client.get(reverse("contributions:contribution-list", args=[call.slug]))  # warm caches
    with django_assert_max_num_queries(12):
        response = client.get(reverse("contributions:contribution-list", args=[call.slug]))
    assert response.status_code == 200


def test_list_and_detail_query_counts_do_not_grow(client, call, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(path):
        with CaptureQueriesContext(connection) as context:
            assert client.get(path).status_code == 200
        return len(context.captured_queries)

    list_url = reverse("contributions:contribution-list", args=[call.slug])
    ContributionFactory.create_batch(2, call=call)
    # The first request of each page also fills caches (site settings, the call's
    # figures), which later visits read; count the visits after that.
    queries(list_url)
    queries(call.get_absolute_url())
    few = queries(list_url), queries(call.get_absolute_url())
    ContributionFactory.create_batch(18, call=call)
    many = queries(list_url), queries(call.get_absolute_url())
    assert few == many
    contribution = Contribution.objects.first()
    # One more than before for the dated updates of the practice (the practices app).
    assert queries(contribution.get_absolute_url()) <= 13


def test_detail_shows_the_chosen_attribution_and_never_the_email(client):
    author = VerifiedUserFactory(display_name="Kiwi", full_name="Karin Beispiel")
    anonymous = ContributionFactory(author=author, attribution=Attribution.ANONYMOUS)
    pseudonymous = ContributionFactory(author=author, attribution=Attribution.PSEUDONYM)
    named = ContributionFactory(author=author, attribution=Attribution.REAL_NAME)
    page = client.get(anonymous.get_absolute_url()).content.decode()
    assert "Kiwi" not in page and "Karin Beispiel" not in page and author.email not in page
    page = client.get(pseudonymous.get_absolute_url()).content.decode()
    assert "Kiwi" in page and "Karin Beispiel" not in page and author.email not in page
    page = client.get(named.get_absolute_url()).content.decode()
    assert "Karin Beispiel" in page and author.email not in page


def test_pending_contributions_are_404_for_others(client, other_user):
    contribution = ContributionFactory(status=Contribution.Status.SUBMITTED)
    assert client.get(contribution.get_absolute_url()).status_code == 404
    client.force_login(other_user)
    assert client.get(contribution.get_absolute_url()).status_code == 404
    client.force_login(contribution.author)
    assert client.get(contribution.get_absolute_url()).status_code == 200


def test_helpful_toggle_with_and_without_htmx(client, user):
    contribution = ContributionFactory()
    client.force_login(user)
    url = reverse("contributions:contribution-helpful", args=[contribution.pk])
    assert client.post(url).status_code == 302
    contribution.refresh_from_db()
    assert contribution.helpful_count == 1
    response = client.post(url, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert 'aria-pressed="false"' in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.helpful_count == 0


def test_staff_review_page_publishes_with_a_message(
    client, staff, call, user, mailoutbox, django_capture_on_commit_callbacks
):
    contribution = ContributionFactory(
        call=call, author=user, status=Contribution.Status.SUBMITTED, published_at=None
    )
    client.force_login(staff)
    queue = client.get(reverse("contributions:review-queue")).content.decode()
    assert contribution.title in queue
    url = reverse("contributions:review-detail", args=[contribution.pk])
    response = client.post(url, {"decision": "reject", "message": ""})
    assert response.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"decision": "publish", "message": "Danke!"})
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PUBLISHED
    assert mailoutbox[0].to == [user.email]


def test_participants_cannot_open_the_review_desk(client, user):
    client.force_login(user)
    assert client.get(reverse("contributions:review-queue")).status_code == 403
    contribution = ContributionFactory(status=Contribution.Status.SUBMITTED)
    response = client.post(
        reverse("contributions:review-detail", args=[contribution.pk]), {"decision": "publish"}
    )
    assert response.status_code == 403
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.SUBMITTED


def test_authors_withdraw_their_own_contribution_only(client, user, other_user):
    contribution = ContributionFactory(author=user)
    url = reverse("contributions:contribution-withdraw", args=[contribution.pk])
    client.force_login(other_user)
    assert client.post(url).status_code == 404
    client.force_login(user)
    assert client.post(url).status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.WITHDRAWN
