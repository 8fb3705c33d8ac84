"""Who moderates citizens' questions.

The editorial board ("Ban Biên tập") assigns questions to units, answers, refuses and
reopens any of them, and reads the askers' names and contacts; site administrators
("Quản trị trang") hold the board's rights, as they do for pages. Units' editors need
no grant: they answer the questions assigned to their units (``qa.roles``).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

BOARD = "Ban Biên tập"
SITE_ADMINS = "Quản trị trang"
GRANTED = ["moderate_question", "view_asker_contact"]


def grant(apps, schema_editor):
    # The permissions of this app's models are normally created after all migrations.
    app_config = apps.get_app_config("qa")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="qa", content_type__model="question", codename__in=GRANTED
    )
    for group in Group.objects.filter(name__in=[BOARD, SITE_ADMINS]):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="qa", content_type__model="question", codename__in=GRANTED
    )
    for group in Group.objects.filter(name__in=[BOARD, SITE_ADMINS]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("qa", "0002_suggestion_index"),
        ("home", "0004_editorial_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
