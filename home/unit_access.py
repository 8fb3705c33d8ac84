"""The rights a unit's editors hold: a group, a media folder, and the right to add pages
in the sections they may write in.

Every unit gets a group of editors and a collection. What the right to add lets them do
with pages (create content, edit their unit's, never publish) is in
``home.unit_permissions``. Groups and rights follow the data, so an administrator who
adds a unit, retires one, or gives a section to a unit needs to do nothing more.
"""

from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Collection, GroupCollectionPermission

# Wagtail checks image permissions against wagtailimages.Image, even with a custom image model.
EDITOR_MEDIA_MODELS = (("wagtailimages", "image"), ("wagtaildocs", "document"))
EDITOR_MEDIA_ACTIONS = ("add", "change", "choose")
GROUP_NAME_PREFIX = "Biên tập viên: "


def _permission(app_label, model, codename):
    content_type = ContentType.objects.get_by_natural_key(app_label, model)
    return Permission.objects.get(content_type=content_type, codename=codename)


def _collection_permissions():
    for app_label, model in EDITOR_MEDIA_MODELS:
        for action in EDITOR_MEDIA_ACTIONS:
            yield action, _permission(app_label, model, f"{action}_{model}")


@transaction.atomic
def ensure_unit_access(unit):
    """Create or rename the unit's editors group and collection, with their permissions."""
    group_name = f"{GROUP_NAME_PREFIX}{unit.name}"[:150]
    if unit.editors_group is None:
        unit.editors_group, _ = Group.objects.get_or_create(name=group_name)
    elif unit.editors_group.name != group_name:
        unit.editors_group.name = group_name
        unit.editors_group.save(update_fields=["name"])
    group = unit.editors_group
    group.permissions.add(_permission("wagtailadmin", "admin", "access_admin"))

    if unit.collection is None:
        unit.collection = Collection.get_first_root_node().add_child(name=unit.name)
    elif unit.collection.name != unit.name:
        unit.collection.name = unit.name
        unit.collection.save(update_fields=["name"])

    root_collection = Collection.get_first_root_node()
    for action, permission in _collection_permissions():
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=unit.collection, permission=permission
        )
        if action == "choose":
            # Shared media (the root folder and every unit's) can be picked, not changed.
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
    type(unit).objects.filter(pk=unit.pk).update(editors_group=group, collection=unit.collection)


def sync_unit_page_rights(sections=None, units=None, apps=django_apps):
    """Give units' editors the right to add in the sections they may write in, and take
    every other page right from them (``home.unit_permissions`` says what "add" lets
    them do). A section no unit owns is open to every active unit; a section a unit
    owns, to that unit only.

    ``sections`` and ``units`` narrow the work to what changed (all by default);
    ``apps`` lets a migration run it on its historical models.
    """
    SectionPage = apps.get_model("home", "SectionPage")
    Unit = apps.get_model("home", "Unit")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Permission = apps.get_model("auth", "Permission")
    add_page = Permission.objects.get(
        content_type__app_label="wagtailcore", content_type__model="page", codename="add_page"
    )
    sections = list(SectionPage.objects.all() if sections is None else sections)
    units = list(Unit.objects.filter(editors_group__isnull=False) if units is None else units)
    wanted = {
        (unit.editors_group_id, section.pk)
        for section in sections
        for unit in units
        if unit.is_active and unit.editors_group_id and section.unit_id in (None, unit.pk)
    }
    with transaction.atomic():
        held = GroupPagePermission.objects.filter(
            group__in=[unit.editors_group_id for unit in units if unit.editors_group_id],
            page__in=[section.pk for section in sections],
        )
        kept = set()
        for right in held:
            key = (right.group_id, right.page_id)
            if right.permission_id == add_page.pk and key in wanted:
                kept.add(key)
            else:
                right.delete()
        GroupPagePermission.objects.bulk_create(
            GroupPagePermission(group_id=group_id, page_id=page_id, permission=add_page)
            for group_id, page_id in wanted - kept
        )
