from django.db import migrations, models

from praxisdialog.search.operations import CreateSearchIndex
from praxisdialog.search.sql import Part, Source

# What the index held at first, frozen: contributions with their answers, comments, blog
# posts and network profiles.
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
    Source(kind="post", code=3, table="blog_post", title=("title",), text=("teaser", "body")),
    Source(
        kind="profile",
        code=4,
        table="network_profile",
        title=("display_name",),
        text=("organisation", "offer_text", "seek_text"),
    ),
)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contributions", "0004_listing_sort_indexes"),
        ("discussion", "0002_comment_language"),
        ("blog", "0001_initial"),
        ("network", "0004_message_language_profile_language"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("kind", models.CharField(max_length=20)),
                ("object_id", models.BigIntegerField()),
                ("title", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
            ],
            options={
                "indexes": [
                    models.Index(fields=["kind", "object_id"], name="search_entry_object")
                ],
            },
        ),
        CreateSearchIndex(sources=SOURCES),
    ]
