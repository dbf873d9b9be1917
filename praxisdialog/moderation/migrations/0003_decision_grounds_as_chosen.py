"""Decisions to publish, restore or keep were recorded with the ground the decision form
used to preselect ("illegal content") when the moderator chose none; they mean "no
violation found", and the statement of reasons now says so."""

from django.db import migrations

NO_VIOLATION_ACTIONS = ["publish", "restore", "dismiss"]


def ground_as_chosen(apps, schema_editor):
    Decision = apps.get_model("moderation", "Decision")
    Decision.objects.filter(action__in=NO_VIOLATION_ACTIONS, ground="illegal").update(
        ground="no_violation"
    )


class Migration(migrations.Migration):
    dependencies = [("moderation", "0002_moderators_and_watched_words")]

    operations = [migrations.RunPython(ground_as_chosen, migrations.RunPython.noop)]
