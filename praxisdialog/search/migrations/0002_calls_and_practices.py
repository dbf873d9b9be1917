from importlib import import_module

from django.db import migrations

from praxisdialog.search.operations import ReplaceSearchSources
from praxisdialog.search.sql import Part, Source

BEFORE = import_module("praxisdialog.search.migrations.0001_initial").SOURCES

# Frozen: calls (title, texts, guiding questions) in German and every version staff wrote
# in another language, blog posts with their versions too, updates on practices and
# adoption reports, besides what 0001 indexed.
SOURCES = (
    Source(
        kind="contribution",
        code=1,
        table="contributions_contribution",
        title=("title",),
        text=("challenge", "approach", "results", "lessons", "transfer"),
        parts=(
            Part(name="answer", table="contributions_answer", key="contribution_id", fields=("text",)),
        ),
    ),
    Source(kind="comment", code=2, table="discussion_comment", text=("text",)),
    Source(
        kind="post",
        code=3,
        table="blog_post",
        title=("title",),
        text=("teaser", "body"),
        versions=True,
    ),
    Source(
        kind="profile",
        code=4,
        table="network_profile",
        title=("display_name",),
        text=("organisation", "offer_text", "seek_text"),
    ),
    Source(
        kind="call",
        code=5,
        table="calls_call",
        title=("title",),
        text=("teaser", "body", "plain_summary"),
        versions=True,
        parts=(
            Part(
                name="question",
                table="calls_question",
                key="call_id",
                fields=("text", "help_text"),
                versions=True,
            ),
        ),
    ),
    Source(kind="practiceupdate", code=6, table="practices_practiceupdate", text=("text",)),
    Source(kind="adoption", code=7, table="practices_adoption", text=("text",)),
)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("calls", "0004_plain_language_summary"),
        ("contributions", "0004_listing_sort_indexes"),
        ("blog", "0002_versions_in_every_language"),
        ("network", "0005_versions_in_every_language"),
        ("practices", "0002_adoptions"),
    ]

    operations = [ReplaceSearchSources(old=BEFORE, new=SOURCES)]
