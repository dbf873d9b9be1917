from django.db import migrations, models


class Migration(migrations.Migration):
    """"Send this mail once" moves from notifications to core. The table and its rows stay:
    core takes the model over as it is, then renames the table to its own name."""

    dependencies = [
        ("core", "0003_sitesettings_content_responsible_and_more"),
        ("notifications", "0002_sent_mail"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SentMail",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("key", models.CharField(max_length=200, unique=True)),
                        ("sent_at", models.DateTimeField(auto_now_add=True)),
                    ],
                    options={"db_table": "notifications_sentmail"},
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name="sentmail", table=None),
    ]
