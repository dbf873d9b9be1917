"""Search finds what a reader may see and nothing else, on SQLite (FTS5) and PostgreSQL
(the suite runs on both): only published text of public calls, whatever the reader's role;
German words are found in their inflected forms; bad queries get a message, not a 500."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.utils import timezone

from praxisdialog.calls.models import Call
from praxisdialog.contributions.models import Answer, Contribution
from praxisdialog.discussion.models import Comment
from praxisdialog.search.selectors import SearchQueryError, search_kinds, search_list, search_terms
from tests.accounts.factories import StaffFactory
from tests.blog.factories import PostFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.network.factories import ProfileFactory, PublicProfileFactory

pytestmark = pytest.mark.django_db

WORD = "Zauberwort"


def _found(q, user=None, **kwargs) -> set[tuple[str, int]]:
    results = search_list(q=q, user=user or AnonymousUser(), **kwargs)
    return {(hit.kind, hit.id) for hit in results[0 : results.count()]}


@pytest.fixture
def world(call, user):
    """Text with WORD in every state: what may be found and what must never be."""
    draft_call = CallFactory(status=Call.Status.DRAFT)
    visible = {
        "contribution": ContributionFactory(call=call, title=f"Ein {WORD} im Betrieb"),
        "post": PostFactory(body=f"Über das {WORD}."),
        "profile": PublicProfileFactory(offer_text=f"Ich biete ein {WORD}"),
    }
    visible["comment"] = CommentFactory(target=visible["contribution"], text=f"{WORD}!")
    hidden = {
        "draft": ContributionFactory(call=call, status=Contribution.Status.DRAFT, title=WORD),
        "pending": ContributionFactory(call=call, status=Contribution.Status.SUBMITTED, title=WORD),
        "withdrawn": ContributionFactory(
            call=call, status=Contribution.Status.WITHDRAWN, title=WORD
        ),
        "rejected": ContributionFactory(call=call, status=Contribution.Status.REJECTED, title=WORD),
        "in a draft call": ContributionFactory(call=draft_call, title=WORD),
        "own draft of the reader": ContributionFactory(
            call=call, author=user, status=Contribution.Status.DRAFT, title=WORD
        ),
    }
    comments = {
        "hidden comment": CommentFactory(
            target=visible["contribution"], status=Comment.Status.HIDDEN, text=WORD
        ),
        "pending comment": CommentFactory(
            target=visible["contribution"], status=Comment.Status.PENDING, text=WORD
        ),
        "deleted comment": CommentFactory(
            target=visible["contribution"], deleted_at=timezone.now(), text=WORD
        ),
        "comment on a draft": CommentFactory(target=hidden["draft"], text=WORD),
        "comment in a draft call": CommentFactory(target=hidden["in a draft call"], text=WORD),
    }
    others = {
        "draft post": PostFactory(published_at=None, body=WORD),
        "scheduled post": PostFactory(
            published_at=timezone.now() + timezone.timedelta(days=2), body=WORD
        ),
        "unlisted profile": PublicProfileFactory(is_listed=False, offer_text=WORD),
        "hidden profile": PublicProfileFactory(hidden_at=timezone.now(), offer_text=WORD),
    }
    never = {("contribution", c.pk) for c in hidden.values()}
    never |= {("comment", c.pk) for c in comments.values()}
    never |= {("post", others["draft post"].pk), ("post", others["scheduled post"].pk)}
    never |= {("profile", others["unlisted profile"].pk), ("profile", others["hidden profile"].pk)}
    participants_only = ProfileFactory(offer_text=WORD)
    return {
        "visible": {(kind, obj.pk) for kind, obj in visible.items()},
        "never": never,
        "participants_only": ("profile", participants_only.pk),
    }


@pytest.mark.parametrize("reader", ["anonymous", "participant", "staff"])
def test_search_finds_published_text_only(world, user, reader):
    who = {"anonymous": AnonymousUser(), "participant": user, "staff": StaffFactory()}[reader]
    found = _found(WORD, who)
    assert world["visible"] <= found
    assert not (found & world["never"])
    # Profiles for participants only are found by signed-in participants, not by guests.
    assert (world["participants_only"] in found) == (reader != "anonymous")


def test_search_page_and_api_never_show_hidden_text(client, world, staff):
    for reader in (None, staff):
        if reader:
            client.force_login(reader)
        page = client.get("/search/", {"q": WORD})
        assert page.status_code == 200
        html = page.content.decode()
        for kind, pk in world["never"]:
            if kind == "contribution":
                assert f'href="/contributions/{pk}/"' not in html
        assert html.count('class="card search-hit"') == len(world["visible"]) + bool(reader)


def test_a_call_set_back_to_draft_takes_its_text_out_of_search(call):
    contribution = ContributionFactory(call=call, title=f"{WORD} des Aufrufs")
    CommentFactory(target=contribution, text=WORD)
    assert len(_found(WORD)) == 2
    Call.objects.filter(pk=call.pk).update(status=Call.Status.DRAFT)
    assert _found(WORD) == set()


def test_the_index_follows_every_change_of_the_text(call):
    contribution = ContributionFactory(call=call, title="Werkstatt")
    answer = contribution.answers.first() or Answer.objects.create(
        contribution=contribution, question=call.questions.first(), text=""
    )
    answer.text = "Kochkurs"
    answer.save()
    assert _found("Kochkurs") == {("contribution", contribution.pk)}
    # Edited (and redacted) text is no longer found, the new text is.
    answer.text = "Nähkurs"
    answer.save()
    assert _found("Kochkurs") == set()
    assert _found("Nähkurs") == {("contribution", contribution.pk)}
    Contribution.objects.filter(pk=contribution.pk).update(title="Schreinerei")
    assert _found("Werkstatt") == set()
    assert _found("Schreinerei") == {("contribution", contribution.pk)}
    comment = CommentFactory(target=contribution, text="Hafenrundfahrt")
    Comment.objects.filter(pk=comment.pk).update(text="[entfernt]")
    assert _found("Hafenrundfahrt") == set()
    contribution.delete()
    assert _found("Schreinerei") == set()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO search_searchentry_fts (search_searchentry_fts) "
                "VALUES ('integrity-check')"
            )


def test_german_words_are_found_in_their_inflected_forms(call):
    founders = ContributionFactory(call=call, title="Was Gründerinnen brauchen")
    firms = ContributionFactory(call=call, title="Drei Betriebe im Verbund")
    assert ("contribution", founders.pk) in _found("Gründerin")
    assert ("contribution", founders.pk) in _found("grunderin")  # without the umlaut
    assert ("contribution", firms.pk) in _found("Betrieb")


def test_results_are_ranked_and_highlighted_safely(call):
    in_title = ContributionFactory(call=call, title="Mentoring für Geflüchtete")
    in_text = ContributionFactory(
        call=call,
        title="Ein Bericht",
        challenge="<script>alert(1)</script> Am Ende hat uns Mentoring geholfen.",
    )
    results = search_list(q="Mentoring", user=AnonymousUser())
    hits = results[0:10]
    assert [hit.id for hit in hits] == [in_title.pk, in_text.pk]
    assert hits[0].rank > hits[1].rank
    assert "<mark>Mentoring</mark>" in hits[0].title_html
    assert "<mark>Mentoring</mark>" in hits[1].snippet_html
    # Only the marks are markup: the text's own tags are escaped (SQLite) or, as
    # PostgreSQL's headline drops them, gone.
    assert "<script" not in hits[1].snippet_html
    assert str(hits[1].snippet_html).replace("<mark>", "").replace("</mark>", "").count("<") == 0


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '"unbalanced',
        "*",
        "Mentor*",
        "NEAR(a b)",
        "a NEAR b",
        "-Mentoring",
        "Mentoring -Kochen",
        "AND OR NOT",
        "title:Mentoring",
        "(((",
        "a & b | !c",
        "'; DROP TABLE x; --",
        "^Mentoring",
        "Mentoring:*",
        "ال" + "مرشد",
    ],
)
def test_query_syntax_is_taken_as_words(call, q):
    ContributionFactory(call=call, title="Mentoring im Betrieb")
    try:
        results = search_list(q=q, user=AnonymousUser())
    except SearchQueryError as error:
        assert error.message
        return
    assert results.count() >= 0
    results[0:5]


@pytest.mark.parametrize("q", ["", "   ", "x" * 201, '*** --- ""'])
def test_unsearchable_queries_are_refused_with_a_message(q):
    with pytest.raises(SearchQueryError) as refused:
        search_list(q=q, user=AnonymousUser())
    assert refused.value.message


def test_search_terms_drop_syntax():
    assert search_terms('"Gründerin" NEAR -Team* x:y') == ["gründerin", "near", "team", "x", "y"]


@pytest.mark.parametrize(
    "q", ['"', "x" * 5000, "NEAR", "-", "*", "a\x00b", "%00", "'", "\\", "🙂", ""]
)
def test_search_page_answers_bad_input_without_error(client, call, q):
    response = client.get("/search/", {"q": q})
    assert response.status_code in {200, 400}
    if response.status_code == 400:
        assert b'role="alert"' in response.content or b"\x00" not in q.encode()
    else:
        assert b'id="results"' in response.content


def test_search_page_shows_results_with_marks(client, call):
    contribution = ContributionFactory(call=call, title="Patenschaften im Handwerk")
    response = client.get("/search/", {"q": "patenschaft"})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="/contributions/{contribution.pk}/"' in html
    assert "<mark>Patenschaften</mark>" in html
    # The header links the search page.
    assert 'href="/search/"' in html


def _search_queries(client, path) -> int:
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries.captured_queries)


def test_search_page_makes_the_same_queries_at_two_sizes(client, call):
    def grow(n):
        for i in range(n):
            contribution = ContributionFactory(call=call, title=f"Sprachkurs {i}")
            CommentFactory(target=contribution, text=f"Sprachkurs gut {i}")
            PostFactory(title=f"Sprachkurs im Blog {i}")
            PublicProfileFactory(offer_text=f"Sprachkurs {i}")

    # One query counts, one cuts the page, one loads each kind on it; so each kind alone
    # is measured, and everything at once stays within the sum.
    paths = [f"/search/?q=Sprachkurs&kind={kind}" for kind in search_kinds()]
    grow(3)
    small = [_search_queries(client, path) for path in paths]
    grow(25)
    large = [_search_queries(client, path) for path in paths]
    assert large == small
    assert _search_queries(client, "/search/?q=Sprachkurs") <= small[0] + len(search_kinds()) - 1


def test_the_contribution_list_searches_within_its_filters(client, call):
    from praxisdialog.calls.models import Role

    founder = Role.objects.get(slug="founder")
    match = ContributionFactory(call=call, title="Ausbildung im Café", role=founder)
    other_role = ContributionFactory(call=call, title="Ausbildung im Handwerk")
    ContributionFactory(call=call, title="Etwas anderes", role=founder)
    hidden = ContributionFactory(
        call=call, title="Ausbildung geheim", role=founder, status=Contribution.Status.SUBMITTED
    )
    base = f"/calls/{call.slug}/contributions/"
    response = client.get(base, {"q": "ausbildung", "role": "founder"})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="/contributions/{match.pk}/"' in html
    assert f'href="/contributions/{other_role.pk}/"' not in html
    assert f'href="/contributions/{hidden.pk}/"' not in html
    assert 'class="snippet"' in html
    response = client.get(base, {"q": "ausbildung"})
    assert f'href="/contributions/{other_role.pk}/"' in response.content.decode()


@pytest.mark.parametrize("q", ["x" * 300, '"*-', "NEAR"])
def test_the_contribution_list_takes_bad_search_words_calmly(client, call, q):
    ContributionFactory(call=call, title="Ausbildung")
    response = client.get(f"/calls/{call.slug}/contributions/", {"q": q})
    assert response.status_code == 200


def test_the_contribution_list_with_words_makes_the_same_queries_at_two_sizes(client, call):
    path = f"/calls/{call.slug}/contributions/?q=Sprachkurs&role=employer"
    for i in range(3):
        ContributionFactory(call=call, title=f"Sprachkurs {i}")
    small = _search_queries(client, path)
    for i in range(20):
        ContributionFactory(call=call, title=f"Sprachkurs {i}")
    assert _search_queries(client, path) == small


def test_search_api_answers_ranked_hits_and_refuses_bad_queries(client, world):
    response = client.get("/api/v1/search", {"q": WORD})
    assert response.status_code == 200
    data = response.json()
    found = {(item["kind"], item["id"]) for item in data["items"]}
    assert found == world["visible"]
    assert data["count"] == len(found)
    item = data["items"][0]
    assert set(item) == {"kind", "label", "id", "title", "snippet", "url", "rank"}
    assert item["url"].startswith("http")
    only = client.get("/api/v1/search", {"q": WORD, "kind": "post"}).json()
    assert {i["kind"] for i in only["items"]} == {"post"}
    for bad in ("", "x" * 201, '"*'):
        refused = client.get("/api/v1/search", {"q": bad})
        assert refused.status_code == 422
        assert refused.json()["detail"][0]["msg"]
    for odd in ('"Zauber', "NEAR Zauberwort", "-Zauberwort*"):
        assert client.get("/api/v1/search", {"q": odd}).status_code == 200
    assert client.get("/api/v1/search", {"q": WORD, "kind": "draft"}).status_code == 422


def test_a_word_in_very_many_texts_ranks_the_most_recent_matches_and_says_so(
    client, call, settings
):
    """Ranking every match of a word most texts contain took seconds at 100,000
    contributions; only the SEARCH_CANDIDATES most recent matches are ranked, hidden
    ones still never shown, and the page says that older ones need another word."""
    settings.SEARCH_CANDIDATES = 4
    old = [ContributionFactory(call=call, title=f"Teamarbeit alt {i}") for i in range(3)]
    hidden = ContributionFactory(
        call=call, title="Teamarbeit geheim", status=Contribution.Status.SUBMITTED
    )
    recent = [ContributionFactory(call=call, title=f"Teamarbeit neu {i}") for i in range(3)]
    results = search_list(q="Teamarbeit", user=AnonymousUser())
    # The four most recent matches: three visible and the hidden one, which is not shown.
    assert results.narrowed and results.count() == 3
    assert {hit.id for hit in results[0:3]} == {c.pk for c in recent}
    page = client.get("/search/", {"q": "Teamarbeit"}).content.decode()
    assert "3 Ergebnisse" in page
    assert "die besten Treffer unter den 4 neuesten" in page
    assert all(f'href="/contributions/{c.pk}/"' in page for c in recent)
    assert not any(f'href="/contributions/{c.pk}/"' in page for c in [*old, hidden])
    listing = client.get(f"/calls/{call.slug}/contributions/", {"q": "Teamarbeit"})
    assert "die besten Treffer unter den 4 neuesten" in listing.content.decode()
    # A second word that only the old texts share finds them, in full.
    assert _found("Teamarbeit alt") == {("contribution", c.pk) for c in old}
    assert not search_list(q="Teamarbeit alt", user=AnonymousUser()).narrowed
    assert "neuesten" not in client.get("/search/", {"q": "Teamarbeit alt"}).content.decode()
