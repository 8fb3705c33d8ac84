"""The root page and the root media folder, which Wagtail's migrations name "Root", get
Vietnamese names: the admin shows them in breadcrumbs and in the folder filters."""

from django.db import migrations

ROOT_PAGE = ("Root", "Trang gốc")
ROOT_COLLECTION = ("Root", "Thư mục gốc")


def rename(apps, old_page, new_page, old_collection, new_collection):
    apps.get_model("wagtailcore.Page").objects.filter(depth=1, title=old_page).update(
        title=new_page, draft_title=new_page
    )
    apps.get_model("wagtailcore.Collection").objects.filter(
        depth=1, name=old_collection
    ).update(name=new_collection)


def forwards(apps, schema_editor):
    rename(apps, *ROOT_PAGE, *ROOT_COLLECTION)


def backwards(apps, schema_editor):
    rename(apps, *reversed(ROOT_PAGE), *reversed(ROOT_COLLECTION))


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_lockout_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
