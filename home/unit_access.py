"""What a unit's editors may touch: their unit's sections and media folder, nothing else.

Every unit gets a group of editors and a collection. Editors may add and edit pages in
the sections their unit owns, but not publish: publishing goes through the editorial
board's approval task. Group and permissions follow the data, so an administrator who
adds a unit or hands a section to a unit needs to do nothing more.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
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


@transaction.atomic
def sync_section_permissions(section):
    """Give the owning unit's editors add/edit rights on ``section``; take them from any
    other unit's editors (the section may have changed hands)."""
    permissions = [_permission("wagtailcore", "page", name) for name in EDITOR_PAGE_PERMISSIONS]
    page = Page.objects.get(pk=section.pk)
    GroupPagePermission.objects.filter(page=page, group__unit__isnull=False).exclude(
        group__unit=section.unit_id
    ).delete()
    if section.unit_id is None:
        return
    unit = section.unit
    if unit.editors_group_id is None:
        ensure_unit_access(unit)
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(
            group_id=unit.editors_group_id, page=page, permission=permission
        )
