from django.db import migrations

from praxisdialog.pages.defaults import PAGES


def create_pages(apps, schema_editor):
    Page = apps.get_model("pages", "Page")
    PageVersion = apps.get_model("pages", "PageVersion")
    for data in PAGES:
        if Page.objects.filter(kind=data["kind"]).exists():
            continue
        page = Page.objects.create(**data)
        PageVersion.objects.create(page=page, title=page.title, body=page.body)


class Migration(migrations.Migration):
    dependencies = [("pages", "0001_initial")]

    operations = [migrations.RunPython(create_pages, migrations.RunPython.noop)]
