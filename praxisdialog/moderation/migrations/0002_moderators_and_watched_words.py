"""The "Moderators" group (staff manage its members in the admin) and a first list of
watched words: German and English slurs against migrants and refugees, and threats.
A match sends a text to pre-moderation; it does not refuse it. Staff edit the list."""

from django.db import migrations

WATCHED = [
    # German
    "asylant", "asylanten", "kanake", "kanaken", "neger", "zigeuner", "schmarotzer",
    "invasoren", "umvolkung", "messermigrant", "messermigranten", "untermensch",
    "untermenschen", "abschaum", "ungeziefer", "volksverräter", "ausländer raus",
    "ich bring dich um", "ich bringe dich um", "ich bringe euch um", "abstechen",
    "vergasen", "aufhängen", "abknallen", "an die wand stellen", "du wirst sterben",
    # English
    "rapefugee", "rapefugees", "nigger", "niggers", "raghead", "towelhead", "sandnigger",
    "wetback", "invaders", "vermin", "subhuman", "go back to your country",
    "i will kill you", "i'll kill you", "kill yourself", "you will die", "hang them",
    "shoot them",
]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    BlockedTerm = apps.get_model("moderation", "BlockedTerm")
    Group.objects.get_or_create(name="Moderators")
    for term in WATCHED:
        BlockedTerm.objects.get_or_create(term=term)


def backwards(apps, schema_editor):
    apps.get_model("moderation", "BlockedTerm").objects.filter(term__in=WATCHED).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
