"""The editorial roles and the approval workflow.

- "Ban Biên tập" (the editorial board) approves and publishes everywhere; it takes over
  Wagtail's default "Moderators" group and its approval task.
- "Quản trị trang" (site administrators) manage units, legal fields, users and settings.
- Wagtail's default "Editors" group could edit every page, which would let one unit's
  editors into another unit's sections, so it is removed: each unit gets its own editors
  group when the unit is created (home.unit_access).
- Every page goes through the board's approval task: the workflow sits on the root page.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

BOARD = "Ban Biên tập"
SITE_ADMINS = "Quản trị trang"
WORKFLOW = "Duyệt nội dung của Ban Biên tập"
TASK = "Ban Biên tập phê duyệt"

BOARD_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
ADMIN_PAGE_PERMISSIONS = [*BOARD_PAGE_PERMISSIONS, "bulk_delete_page"]
# Wagtail checks image permissions against wagtailimages.Image, even with a custom image model.
MEDIA_MODELS = [("wagtailimages", "image"), ("wagtaildocs", "document")]
BOARD_MODEL_PERMISSIONS = [
    ("home", "legalfield", ["add", "change", "view"]),
    ("home", "unit", ["view"]),
    ("taggit", "tag", ["add", "change", "view"]),
]
ADMIN_MODEL_PERMISSIONS = [
    ("home", "legalfield", ["add", "change", "delete", "view"]),
    ("home", "unit", ["add", "change", "delete", "view"]),
    ("home", "siteidentity", ["change"]),
    ("home", "user", ["add", "change", "delete", "view"]),
    ("auth", "group", ["view"]),
    ("taggit", "tag", ["add", "change", "delete", "view"]),
    ("wagtailredirects", "redirect", ["add", "change", "delete"]),
    ("wagtailcore", "site", ["add", "change", "delete"]),
    ("wagtailcore", "locale", ["add", "change", "delete"]),
    ("wagtailcore", "collection", ["add", "change", "delete"]),
    ("wagtailcore", "workflow", ["add", "change", "delete"]),
    ("wagtailcore", "task", ["add", "change", "delete"]),
]


def setup_roles(apps, schema_editor):
    # Permissions of this project's models are normally created after all migrations;
    # the groups below need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")

    def permission(app_label, model, codename):
        return Permission.objects.get(
            content_type__app_label=app_label, content_type__model=model, codename=codename
        )

    def grant(group, page_permissions, media_actions, model_permissions):
        group.permissions.add(permission("wagtailadmin", "admin", "access_admin"))
        root = Page.objects.get(depth=1)
        for codename in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission("wagtailcore", "page", codename)
            )
        root_collection = Collection.objects.get(depth=1)
        for app_label, model in MEDIA_MODELS:
            for action in media_actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=permission(app_label, model, f"{action}_{model}"),
                )
        for app_label, model, actions in model_permissions:
            for action in actions:
                group.permissions.add(permission(app_label, model, f"{action}_{model}"))

    Group.objects.filter(name="Editors").delete()
    board = Group.objects.filter(name="Moderators").first()
    if board:
        board.name = BOARD
        board.save(update_fields=["name"])
    else:
        board, _ = Group.objects.get_or_create(name=BOARD)
    grant(board, BOARD_PAGE_PERMISSIONS, ["add", "change", "choose"], BOARD_MODEL_PERMISSIONS)

    site_admins, _ = Group.objects.get_or_create(name=SITE_ADMINS)
    grant(
        site_admins,
        ADMIN_PAGE_PERMISSIONS,
        ["add", "change", "delete", "choose"],
        ADMIN_MODEL_PERMISSIONS,
    )

    task = GroupApprovalTask.objects.filter(groups=board, active=True).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=TASK,
            active=True,
            content_type=ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )[0],
        )
    else:
        task.name = TASK
        task.save(update_fields=["name"])
    task.groups.set([board])

    workflow = Workflow.objects.filter(workflow_tasks__task=task, active=True).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    else:
        workflow.name = WORKFLOW
        workflow.save(update_fields=["name"])
    WorkflowPage.objects.update_or_create(
        page=Page.objects.get(depth=1), defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_initial_site"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(setup_roles, migrations.RunPython.noop)]
