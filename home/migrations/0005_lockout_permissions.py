"""Site administrators ("Quản trị trang") see sign-in lockouts and may lift them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SITE_ADMINS = "Quản trị trang"
ACTIONS = ["view", "delete"]


def permissions(apps):
    # Created after all migrations by default; the group needs them now.
    axes = apps.get_app_config("axes")
    axes.models_module = True
    create_permissions(axes, apps=apps, verbosity=0)
    axes.models_module = None
    Permission = apps.get_model("auth.Permission")
    return Permission.objects.filter(
        content_type__app_label="axes",
        codename__in=[f"{action}_accessattempt" for action in ACTIONS],
    )


def grant(apps, schema_editor):
    group = apps.get_model("auth.Group").objects.filter(name=SITE_ADMINS).first()
    if group:
        group.permissions.add(*permissions(apps))


def revoke(apps, schema_editor):
    group = apps.get_model("auth.Group").objects.filter(name=SITE_ADMINS).first()
    if group:
        group.permissions.remove(*permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_editorial_workflow"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
