import re

import pytest

from praxisdialog.calls.models import PhaseKind
from praxisdialog.discussion.models import Comment
from praxisdialog.insights import services
from praxisdialog.insights.models import Theme, ThemeAssignment, ThemeRun
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.insights.factories import (
    ThemeAssignmentFactory,
    ThemeFactory,
    contribution_with_text,
    shared_author,
)

pytestmark = pytest.mark.django_db


def _h1_count(response) -> int:
    return len(re.findall(r"<h1[\s>]", response.content.decode()))


def _published_theme(call, count: int = 2, **kwargs) -> Theme:
    theme = ThemeFactory(run__call=call, **kwargs)
    ThemeAssignmentFactory.create_batch(count, theme=theme)
    services.theme_run_publish(run=theme.run)
    return theme


def test_the_themes_of_a_call_are_public_once_published(client, call):
    draft = ThemeFactory(run__call=call, label="Noch geheim")
    response = client.get(f"/calls/{call.slug}/themes/")
    assert response.status_code == 200
    assert "Für diesen Aufruf sind noch keine Themen veröffentlicht." in response.content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 404
    theme = _published_theme(call, label="Sprache im Betrieb")
    ThemeFactory(run=theme.run, label="Versteckt", hidden=True)
    page = client.get(f"/calls/{call.slug}/themes/").content.decode()
    assert "Sprache im Betrieb" in page and "2 Beiträge" in page
    assert "Versteckt" not in page and "Noch geheim" not in page
    assert "Sprache am Arbeitsplatz" in page


def test_a_theme_page_shows_only_published_contributions(client, call):
    theme = _published_theme(call)
    hidden = ThemeAssignmentFactory(theme=theme, contribution__title="Zurückgezogen")
    hidden.contribution.status = "withdrawn"
    hidden.contribution.save()
    response = client.get(theme.get_absolute_url())
    assert response.status_code == 200
    assert _h1_count(response) == 1
    content = response.content.decode()
    assert "Zurückgezogen" not in content
    assert "2 Beiträge" in content


def test_a_theme_page_needs_the_same_queries_for_2_and_20_contributions(
    client, call, django_assert_max_num_queries
):
    theme = _published_theme(call)
    with django_assert_max_num_queries(30) as few:
        client.get(theme.get_absolute_url())
    ThemeAssignmentFactory.create_batch(18, theme=theme)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(theme.get_absolute_url())
    assert "20 Beiträge" in response.content.decode()


def test_the_themes_list_needs_the_same_queries_for_2_and_12_themes(
    client, call, django_assert_max_num_queries
):
    theme = _published_theme(call)
    ThemeFactory(run=theme.run)
    with django_assert_max_num_queries(30) as few:
        client.get(f"/calls/{call.slug}/themes/")
    ThemeFactory.create_batch(10, run=theme.run)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(f"/calls/{call.slug}/themes/")


def test_people_comment_on_a_published_theme(client, user, call):
    theme = _published_theme(call)
    client.force_login(user)
    response = client.post(
        f"/themes/{theme.pk}/comments/", {"text": "Das deckt sich mit unserer Erfahrung."}
    )
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.object_id == theme.pk
    page = client.get(theme.get_absolute_url()).content.decode()
    assert "Das deckt sich mit unserer Erfahrung." in page
    assert client.get(response.url.split("#")[0]).status_code == 200


def test_an_unpublished_theme_takes_no_comments(client, user, call):
    theme = ThemeFactory(run__call=call)
    client.force_login(user)
    response = client.post(f"/themes/{theme.pk}/comments/", {"text": "Hallo"})
    assert response.status_code == 404
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "url",
    [
        "/calls/{slug}/themes/curate/",
        "/themes/runs/{run}/",
    ],
)
def test_curation_pages_are_closed_to_participants(client, user, call, url):
    theme = ThemeFactory(run__call=call)
    address = url.format(slug=call.slug, run=theme.run_id)
    assert client.get(address).status_code == 302
    client.force_login(user)
    assert client.get(address).status_code == 403


@pytest.mark.parametrize(
    ("action", "data"),
    [
        ("rename", {"label": "Gekapert"}),
        ("hide", {"hidden": "1"}),
        ("split", {}),
    ],
)
def test_participants_cannot_curate(client, user, call, action, data):
    theme = ThemeFactory(run__call=call, label="Original")
    client.force_login(user)
    assert client.post(f"/themes/{theme.pk}/{action}/", data).status_code == 403
    theme.refresh_from_db()
    assert theme.label == "Original" and not theme.hidden


def test_staff_compute_curate_and_publish(client, staff, call, django_capture_on_commit_callbacks):
    for text in ["Der Sprachkurs half.", "Deutschkurs nach der Schicht.", "Kein Kitaplatz."]:
        contribution_with_text(call=call, title=text, answers=[text])
    client.force_login(staff)
    page = client.get(f"/calls/{call.slug}/themes/curate/")
    assert "Themen jetzt berechnen" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/calls/{call.slug}/themes/curate/", follow=True)
    assert "Die Themen werden berechnet." in response.content.decode()
    run = ThemeRun.objects.get()
    assert run.status == ThemeRun.Status.DONE
    detail = client.get(run.get_absolute_url())
    assert detail.status_code == 200 and _h1_count(detail) == 1
    theme = run.themes.first()
    response = client.post(f"/themes/{theme.pk}/rename/", {"label": "Deutsch lernen"}, follow=True)
    assert "Das Thema wurde umbenannt." in response.content.decode()
    assignment = ThemeAssignment.objects.filter(theme__run=run).first()
    response = client.post(
        f"/themes/assignments/{assignment.pk}/pin/", {"pinned": "1"}, follow=True
    )
    assert "Der Beitrag ist jetzt ein Beispiel für sein Thema." in response.content.decode()
    response = client.post(f"/themes/runs/{run.pk}/publish/", follow=True)
    assert "Die Themen sind veröffentlicht." in response.content.decode()
    run.refresh_from_db()
    assert run.published_at is not None
    assert "Deutsch lernen" in client.get(f"/calls/{call.slug}/themes/").content.decode()


def test_bad_curation_input_is_explained_and_changes_nothing(client, staff, call):
    theme = ThemeFactory(run__call=call, label="Original")
    other_run_theme = ThemeFactory()
    client.force_login(staff)
    response = client.post(f"/themes/{theme.pk}/rename/", {"label": ""}, follow=True)
    assert "Bitte geben Sie dem Thema einen Namen" in response.content.decode()
    response = client.post(f"/themes/{theme.pk}/merge/", {"theme": other_run_theme.pk}, follow=True)
    assert "Bitte wählen Sie ein Thema dieses Durchlaufs." in response.content.decode()
    response = client.post(f"/themes/{theme.pk}/split/", follow=True)
    assert "mindestens 4 Beiträge" in response.content.decode()
    theme.refresh_from_db()
    assert theme.label == "Original"
    assert Theme.objects.count() == 2


def test_the_contribution_list_filters_by_concept(client, call, django_assert_max_num_queries):
    contribution_with_text(call=call, title="Kita gesucht", answers=["Kein Kitaplatz."])
    contribution_with_text(call=call, title="Sprachkurs", answers=["Deutschkurs im Betrieb."])
    services.contributions_tag_all(call=call)
    page = client.get(f"/calls/{call.slug}/contributions/").content.decode()
    assert "Kinderbetreuung (1)" in page
    response = client.get(f"/calls/{call.slug}/contributions/?concept=childcare")
    content = response.content.decode()
    assert "Kita gesucht" in content and "Sprachkurs" not in content
    response = client.get(f"/calls/{call.slug}/contributions/?concept=unbekannt")
    assert "Begriff" in response.content.decode()


def test_a_contribution_shows_its_concepts_and_similar_contributions(client, call):
    base = contribution_with_text(
        call=call, title="Kita", answers=["Kein Kitaplatz, keine Arbeit."]
    )
    similar = contribution_with_text(call=call, title="Krippe", answers=["Die Krippe öffnet spät."])
    contribution_with_text(call=call, title="Gründung", answers=["Mein Imbiss läuft gut."])
    other_call = contribution_with_text(
        call=CallFactory(), title="Fremd", answers=["Kitaplatz gesucht."]
    )
    services.contributions_tag_all()
    content = client.get(base.get_absolute_url()).content.decode()
    assert "Ähnliche Beiträge" in content
    assert similar.title in content
    assert "Gründung" not in content.split("Ähnliche Beiträge")[1]
    assert other_call.title not in content


def test_a_theme_of_a_call_in_the_discuss_phase_takes_comments(client, user):
    call = CallFactory(phases__current=PhaseKind.DISCUSS)
    theme = _published_theme(call)
    client.force_login(user)
    client.post(f"/themes/{theme.pk}/comments/", {"text": "Spannende Gruppe von Beiträgen."})
    assert Comment.objects.count() == 1


def test_the_api_lists_concepts_and_published_themes(client, call):
    assert any(c["slug"] == "childcare" for c in client.get("/api/v1/concepts").json())
    ThemeFactory(run__call=call, label="Entwurf")
    assert client.get(f"/api/v1/calls/{call.slug}/themes").json() == []
    theme = _published_theme(call, label="Öffentlich")
    themes = client.get(f"/api/v1/calls/{call.slug}/themes").json()
    assert [t["label"] for t in themes] == ["Öffentlich"]
    assert themes[0]["contribution_count"] == 2
    detail = client.get(f"/api/v1/themes/{theme.pk}").json()
    assert len(detail["contributions"]) == 2 and detail["call"] == call.slug
    draft = ThemeFactory(run__call=call)
    assert client.get(f"/api/v1/themes/{draft.pk}").status_code == 404


def test_the_contributions_api_carries_and_filters_concepts(client, call):
    contribution_with_text(call=call, title="Kita gesucht", answers=["Kein Kitaplatz."])
    contribution_with_text(call=call, title="Sprachkurs", answers=["Deutschkurs im Betrieb."])
    services.contributions_tag_all(call=call)
    listing = client.get(f"/api/v1/calls/{call.slug}/contributions?concept=childcare").json()
    assert [item["title"] for item in listing["items"]] == ["Kita gesucht"]
    concepts = listing["items"][0]["concepts"]
    assert concepts[0]["slug"] == "childcare" and "Kitaplatz" in concepts[0]["words"]
    listing = client.get(f"/api/v1/calls/{call.slug}/contributions?concept=nope").json()
    assert listing["ignored_filters"] == ["concept"]
    assert listing["count"] == 2


def test_a_contribution_by_someone_else_is_not_shown_as_similar_when_unpublished(client, call):
    base = contribution_with_text(call=call, title="Kita", answers=["Kitaplatz fehlt."])
    ContributionFactory(call=call, title="Privat", status="draft", author=shared_author())
    services.contributions_tag_all()
    assert "Privat" not in client.get(base.get_absolute_url()).content.decode()


def test_the_run_page_needs_the_same_queries_for_2_and_20_contributions(
    client, staff, call, django_assert_max_num_queries
):
    theme = ThemeFactory(run__call=call)
    ThemeAssignmentFactory.create_batch(2, theme=theme)
    client.force_login(staff)
    with django_assert_max_num_queries(30) as few:
        client.get(theme.run.get_absolute_url())
    ThemeAssignmentFactory.create_batch(18, theme=ThemeFactory(run=theme.run))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(theme.run.get_absolute_url())
    assert response.content.decode().count("Als Beispiel markieren") == 20


def test_the_concept_facet_needs_the_same_queries_for_2_and_20_contributions(
    client, call, django_assert_max_num_queries
):
    for _ in range(2):
        contribution_with_text(call=call, title="Kita", answers=["Kitaplatz gesucht."])
    services.contributions_tag_all(call=call)
    url = f"/calls/{call.slug}/contributions/?concept=childcare"
    client.get(url)
    with django_assert_max_num_queries(30) as few:
        client.get(url)
    for _ in range(18):
        contribution_with_text(call=call, title="Kita", answers=["Kitaplatz gesucht."])
    services.contributions_tag_all(call=call)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert "Kinderbetreuung (20)" in response.content.decode()
