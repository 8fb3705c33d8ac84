"""Units' editors write in every open section: their groups hold the right to add in each
section no unit owns and in their unit's own sections, and no other page right; what
they may edit follows the page's unit (home.unit_permissions)."""

from django.db import migrations

from home.unit_access import sync_unit_page_rights


def grant(apps, schema_editor):
    sync_unit_page_rights(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("home", "0006_vietnamese_root_names")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
