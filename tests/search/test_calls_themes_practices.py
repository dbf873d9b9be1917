"""Search over calls (title, texts and guiding questions, in every version staff wrote),
comments on themes, updates on practices and adoption reports: each found only where
anyone may read it, kept in step with its text, labelled and linked on the search page
and in the API. Runs on SQLite (FTS5) and PostgreSQL (the suite runs on both)."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from praxisdialog.calls.models import Call, Question
from praxisdialog.contributions.models import Contribution
from praxisdialog.core import targets
from praxisdialog.discussion.models import Comment
from praxisdialog.practices.models import Adoption, PracticeUpdate, Visibility
from praxisdialog.practices.services import practice_item_moderate
from praxisdialog.search.selectors import search_kinds, search_list
from praxisdialog.search.sql import Source
from tests.accounts.factories import StaffFactory, VerifiedUserFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.insights.factories import ThemeFactory, ThemeRunFactory

pytestmark = pytest.mark.django_db

WORD = "Leuchtturmwort"


def _found(q, user=None, **kwargs) -> set[tuple[str, int]]:
    results = search_list(q=q, user=user or AnonymousUser(), **kwargs)
    return {(hit.kind, hit.id) for hit in results[0 : results.count()]}


def _update(contribution, text=WORD, status=Visibility.PUBLISHED) -> PracticeUpdate:
    return PracticeUpdate.objects.create(
        contribution=contribution,
        author=contribution.author,
        state="running",
        text=text,
        status=status,
    )


def _adoption(contribution, text=WORD, status=Visibility.PUBLISHED) -> Adoption:
    return Adoption.objects.create(
        contribution=contribution, author=VerifiedUserFactory(), text=text, status=status
    )


def _public_theme(call, **kwargs):
    return ThemeFactory(run=ThemeRunFactory(call=call, published_at=timezone.now()), **kwargs)


@pytest.fixture
def world(call):
    """WORD in every new kind, in every state: what may be found and what must never be."""
    draft_call = CallFactory(status=Call.Status.DRAFT, title=f"{WORD} im Entwurf")
    practice = ContributionFactory(call=call, title="Patenschaften")
    theme = _public_theme(call)
    visible = {
        ("call", CallFactory(title=f"Der {WORD}").pk),
        ("call", CallFactory(status=Call.Status.ARCHIVED, teaser=f"Ein {WORD}.").pk),
        ("comment", CommentFactory(target=theme, text=f"{WORD} im Thema").pk),
        ("practiceupdate", _update(practice).pk),
        ("adoption", _adoption(practice).pk),
    }
    pending = ContributionFactory(call=call, status=Contribution.Status.SUBMITTED)
    withdrawn = ContributionFactory(call=call, status=Contribution.Status.WITHDRAWN)
    in_draft_call = ContributionFactory(call=draft_call)
    hidden_theme = _public_theme(call, hidden=True)
    unpublished_theme = ThemeFactory(run=ThemeRunFactory(call=call, published_at=None))
    theme_of_draft_call = _public_theme(draft_call)
    never = {("call", draft_call.pk)}
    never |= {
        ("comment", CommentFactory(target=target, text=WORD).pk)
        for target in (hidden_theme, unpublished_theme, theme_of_draft_call)
    }
    never |= {
        ("comment", CommentFactory(target=theme, text=WORD, **state).pk)
        for state in (
            {"status": Comment.Status.HIDDEN},
            {"status": Comment.Status.PENDING},
            {"status": Comment.Status.REJECTED},
            {"deleted_at": timezone.now()},
        )
    }
    for status in (Visibility.PENDING, Visibility.HIDDEN, Visibility.REJECTED):
        never.add(("practiceupdate", _update(practice, status=status).pk))
        never.add(("adoption", _adoption(practice, status=status).pk))
    for contribution in (pending, withdrawn, in_draft_call):
        never.add(("practiceupdate", _update(contribution).pk))
        never.add(("adoption", _adoption(contribution).pk))
    return {"visible": visible, "never": never, "draft call": draft_call}


@pytest.mark.parametrize("reader", ["anonymous", "participant", "staff"])
def test_search_respects_visibility_of_calls_theme_comments_updates_and_adoptions(
    world, user, reader
):
    who = {"anonymous": AnonymousUser(), "participant": user, "staff": StaffFactory()}[reader]
    found = _found(WORD, who)
    assert found == world["visible"]
    assert not (found & world["never"])
    # One kind at a time, as the page's and the API's choice of kind asks.
    for kind in ("call", "comment", "practiceupdate", "adoption"):
        assert _found(WORD, who, kinds=[kind]) == {hit for hit in found if hit[0] == kind}


def test_a_draft_call_is_found_by_nobody_until_published(world, staff):
    draft = world["draft call"]
    for reader in (AnonymousUser(), VerifiedUserFactory(), staff):
        assert ("call", draft.pk) not in _found(WORD, reader)
    Call.objects.filter(pk=draft.pk).update(status=Call.Status.PUBLISHED)
    assert ("call", draft.pk) in _found(WORD)


def test_a_call_is_found_by_its_questions_and_by_every_version_staff_wrote(call):
    call.translations = {"en": {"title": "Bridges into work", "body": "We collect stories."}}
    call.save()
    question = call.questions.first()
    question.text = "Wie haben Sie Mentorinnen gefunden?"
    question.translations = {"ar": {"text": "كيف وجدتم المرشدين؟"}}
    question.save()
    for q in ("Bridges", "stories", "Mentorin", "المرشدين", "Erfahrungen"):
        assert _found(q, kinds=["call"]) == {("call", call.pk)}, q


def test_the_index_follows_every_change_of_a_call(call):
    Call.objects.filter(pk=call.pk).update(title="Hafenkräne")
    assert _found("Hafenkräne") == {("call", call.pk)}
    Call.objects.filter(pk=call.pk).update(title="Werftarbeit")
    assert _found("Hafenkräne") == set()
    # A version in another language, edited and taken away.
    Call.objects.filter(pk=call.pk).update(translations={"en": {"teaser": "Shipyards"}})
    assert _found("Shipyards") == {("call", call.pk)}
    Call.objects.filter(pk=call.pk).update(translations={})
    assert _found("Shipyards") == set()
    # Guiding questions added, edited and deleted.
    question = Question.objects.create(call=call, position=9, text="Welche Lotsen halfen?")
    assert _found("Lotsen") == {("call", call.pk)}
    Question.objects.filter(pk=question.pk).update(
        text="Wer half?", translations={"uk": {"text": "Хто допоміг лоцманам?"}}
    )
    assert _found("Lotsen") == set()
    assert _found("лоцманам") == {("call", call.pk)}
    question.delete()
    assert _found("лоцманам") == set()
    Call.objects.filter(pk=call.pk).delete()
    assert _found("Werftarbeit") == set()
    _integrity_check()


def test_the_index_follows_redactions_and_deletions_of_updates_adoptions_and_comments(call):
    practice = ContributionFactory(call=call)
    update = _update(practice, text="Die Kantine läuft weiter.")
    adoption = _adoption(practice, text="Wir kochen jetzt auch zusammen.")
    comment = CommentFactory(target=_public_theme(call), text="Kantinenessen verbindet.")
    assert _found("Kantine") == {
        ("practiceupdate", update.pk),
        ("comment", comment.pk),
    }
    # A moderator's redaction takes the words out of search at once.
    practice_item_moderate(item=update, redacted_text="[entfernt]", note="Name")
    practice_item_moderate(item=adoption, redacted_text="[entfernt]", note="Name")
    assert _found("Kantine") == {("comment", comment.pk)}
    assert _found("kochen") == set()
    # Hidden by a moderator: gone from search, back once published again.
    practice_item_moderate(item=update, redacted_text="Die Kantine läuft.", note="")
    practice_item_moderate(item=update, status=Visibility.HIDDEN)
    assert ("practiceupdate", update.pk) not in _found("Kantine")
    practice_item_moderate(item=update, status=Visibility.PUBLISHED)
    assert ("practiceupdate", update.pk) in _found("Kantine")
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.HIDDEN)
    assert ("comment", comment.pk) not in _found("Kantine")
    update.delete()
    adoption.delete()
    comment.delete()
    assert _found("Kantine") == set()
    _integrity_check()


def _integrity_check():
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO search_searchentry_fts (search_searchentry_fts) "
                "VALUES ('integrity-check')"
            )


def test_search_page_labels_and_links_each_kind(client, call):
    found_call = CallFactory(title=f"{WORD} für alle")
    practice = ContributionFactory(call=call, title="Gemeinsam kochen")
    update = _update(practice, text=f"Der {WORD} steht noch.")
    adoption = _adoption(practice, text=f"Auch bei uns ein {WORD}.")
    theme = _public_theme(call)
    comment = CommentFactory(target=theme, text=f"Ein {WORD} im Thema.")
    response = client.get("/search/", {"q": WORD})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="card search-hit"') == 4
    assert f'href="/calls/{found_call.slug}/"' in html
    assert f'href="/contributions/{practice.pk}/#update-{update.pk}"' in html
    assert f'href="/contributions/{practice.pk}/#adoption-{adoption.pk}"' in html
    assert f'href="/comments/{comment.pk}/"' in html
    for label in ("Aufruf", "Aktualisierung einer Praxis", "Übernahmemeldung"):
        assert f'<p class="meta">{label}</p>' in html, label
    # An update and an adoption report are shown under the title of their practice.
    assert html.count("Gemeinsam kochen") == 2
    assert f"<mark>{WORD}</mark> für alle" in html
    # The choice of kind offers the new kinds and narrows the results to one.
    assert '<option value="call">Aufrufe</option>' in html
    only_calls = client.get("/search/", {"q": WORD, "kind": "call"}).content.decode()
    assert only_calls.count('class="card search-hit"') == 1
    # The links lead to the pages that show what was found.
    assert client.get(f"/calls/{found_call.slug}/").status_code == 200
    page = client.get(f"/contributions/{practice.pk}/").content.decode()
    assert f'id="update-{update.pk}"' in page
    assert f'id="adoption-{adoption.pk}"' in page
    assert client.get(f"/comments/{comment.pk}/").status_code == 200


def test_a_call_read_in_another_language_is_shown_under_that_title(client, call):
    call.translations = {"en": {"title": "Open doors at work"}}
    call.title = "Offene Türen im Betrieb"
    call.save()
    response = client.get("/search/", {"q": "doors"}, HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert ">Open doors at work</a>" in html
    with translation.override("de"):
        german = client.get("/search/", {"q": "Türen"}, HTTP_ACCEPT_LANGUAGE="de")
    assert "Offene <mark>Türen</mark> im Betrieb" in german.content.decode()


def test_search_api_labels_and_links_the_new_kinds(client, world):
    response = client.get("/api/v1/search", {"q": WORD}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    items = response.json()["items"]
    assert {(item["kind"], item["id"]) for item in items} == world["visible"]
    labels = {item["kind"]: item["label"] for item in items}
    assert labels == {
        "call": "Call",
        "comment": "Comment",
        "practiceupdate": "Update on a practice",
        "adoption": "Adoption report",
    }
    for item in items:
        assert item["url"].startswith("http://testserver/")
        if item["kind"] == "practiceupdate":
            assert item["url"].endswith(f"#update-{item['id']}")
            assert item["title"] == "Patenschaften"
    only = client.get("/api/v1/search", {"q": WORD, "kind": "adoption"}).json()
    assert {item["kind"] for item in only["items"]} == {"adoption"}
    schema = client.get("/api/v1/openapi.json").json()
    assert "practiceupdate" in str(schema["paths"]["/api/v1/search"])


def _queries(client, path) -> int:
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries.captured_queries)


def test_search_makes_the_same_queries_for_the_new_kinds_at_two_sizes(client, call):
    practice = ContributionFactory(call=call)
    theme = _public_theme(call)

    def grow(n):
        for i in range(n):
            CallFactory(title=f"Sprachkurs {i}")
            CommentFactory(target=theme, text=f"Sprachkurs im Thema {i}")
            _update(practice, text=f"Sprachkurs läuft {i}")
            _adoption(practice, text=f"Sprachkurs übernommen {i}")

    paths = [
        f"/search/?q=Sprachkurs&kind={kind}"
        for kind in ("call", "comment", "practiceupdate", "adoption")
    ]
    grow(2)
    small = [_queries(client, path) for path in paths]
    grow(20)
    assert [_queries(client, path) for path in paths] == small
    api = _queries(client, "/api/v1/search?q=Sprachkurs")
    grow(5)
    assert _queries(client, "/api/v1/search?q=Sprachkurs") == api


def test_what_owners_declare_is_what_the_migrations_index():
    """A change of an owner's `search_text` without a migration of search fails here; so
    does a later migration of an owner's table that dropped the triggers with it."""
    loader = MigrationLoader(connection)
    installed = None
    for app, name in loader.graph.forwards_plan(loader.graph.leaf_nodes("search")[0]):
        if app == "search":
            for operation in loader.get_migration(app, name).operations:
                installed = getattr(operation, "sources_after", installed)
    declared = tuple(Source.of(target) for target in targets.searchable_targets())
    assert installed == declared
    assert search_kinds() == [source.kind for source in declared]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")
        else:
            cursor.execute(
                "SELECT c.relname, t.tgname FROM pg_trigger t "
                "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"
            )
        triggers = set(cursor.fetchall())
    for source in declared:
        for suffix in ("ai", "au", "ad"):
            assert (source.table, f"search_{source.kind}_{suffix}") in triggers
        for part in source.parts:
            assert any(
                table == part.table and name.startswith(f"search_{part.name}_")
                for table, name in triggers
            )
