"""Who keeps the TV channel's schedule: the editorial board ("Ban Biên tập") and site
administrators ("Quản trị trang") add, edit and remove broadcasts and make ended ones
into draft episodes."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Ban Biên tập", "Quản trị trang"]
GRANTED = ["add_broadcast", "change_broadcast", "delete_broadcast", "view_broadcast"]


def _permissions(apps):
    Permission = apps.get_model("auth.Permission")
    return Permission.objects.filter(
        content_type__app_label="publications",
        content_type__model="broadcast",
        codename__in=GRANTED,
    )


def grant(apps, schema_editor):
    # The permissions of this app's models are normally created after all migrations.
    app_config = apps.get_app_config("publications")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    permissions = list(_permissions(apps))
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    permissions = list(_permissions(apps))
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0010_tv_channel"),
        ("home", "0004_editorial_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
