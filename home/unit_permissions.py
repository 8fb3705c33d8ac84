"""What a unit's editors may do with pages: Wagtail's page permissions, extended by unit.

Wagtail grants page rights on a place in the tree, for everything below it. Units cut
across the tree: a commune makes news, infographics and leaflets, and each kind lives in
its own section. So a unit's editors hold one tree right, "add", on the sections they may
write in (``home.unit_access`` grants it), and the unit decides the rest:

- they create content pages (the types that say ``is_content_page``) in a section that no
  unit owns, or that their own unit owns; never sections, contests or the bookshelf;
- they edit, submit, copy and delete the drafts of their unit's content pages, whoever
  of the unit wrote them, and no other page;
- they never publish: the editorial board's approval task does.

Anyone who holds "change" or "publish" where the page is (the board, administrators)
keeps Wagtail's rules unchanged. Page types built on ``home.models.BasePage`` use the
tester below; the policy, registered for every page type, gives the same answers to the
admin's listings, reports and choosers.
"""

import functools
import operator

from django.contrib.auth import get_user_model
from django.db.models import Q

from wagtail.models import GroupPagePermission, Page, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

# Set on the user object for the duration of a request, as Wagtail does for page rights.
UNITS_CACHE = "_home_unit_ids"
WIDE_RIGHTS = {"change", "publish", "bulk_delete"}


def unit_ids_of(user):
    """The ids of the active units whose editors ``user`` is one of."""
    if not hasattr(user, UNITS_CACHE):
        from .models import Unit

        ids = (
            frozenset(
                Unit.objects.filter(editors_group__user=user, is_active=True).values_list(
                    "pk", flat=True
                )
            )
            if user.is_authenticated
            else frozenset()
        )
        setattr(user, UNITS_CACHE, ids)
    return getattr(user, UNITS_CACHE)


def is_content_page_type(model):
    return bool(getattr(model, "is_content_page", False))


def unit_bound(permissions):
    """Whether rights of these codenames ("add", "change"...) are a unit editor's: the
    right to add and nothing wider."""
    return "add" in permissions and not permissions & WIDE_RIGHTS


class UnitPagePermissionTester(PagePermissionTester):
    """Wagtail's page permission tester, with a unit editor's rights (module docstring)."""

    @functools.cached_property
    def is_unit_bound(self):
        return self.user.is_active and not self.user.is_superuser and unit_bound(self.permissions)

    def is_unit_editor_here(self):
        """The user edits for a unit and holds no wider right here, whether or not
        they may add here."""
        return (
            self.user.is_active
            and not self.user.is_superuser
            and not self.permissions & WIDE_RIGHTS
            and bool(unit_ids_of(self.user))
        )

    @property
    def page_unit_id(self):
        return getattr(self.page, "unit_id", None)

    def is_units_content(self):
        """The page is content made by one of the user's units."""
        return (
            is_content_page_type(type(self.page))
            and self.page_unit_id is not None
            and self.page_unit_id in unit_ids_of(self.user)
        )

    def is_open_to_unit(self):
        """The page is a place where the user's units may write: owned by none of the
        other units."""
        return self.page_unit_id is None or self.page_unit_id in unit_ids_of(self.user)

    def creatable_subpage_models(self):
        """The page types this user may create below the page."""
        models = [
            model
            for model in self.page.specific_class.creatable_subpage_models()
            if model.can_create_at(self.page)
        ]
        if self.user.is_superuser or not self.is_unit_bound:
            return models
        if not self.is_open_to_unit():
            return []
        return [model for model in models if is_content_page_type(model)]

    def can_add_subpage(self):
        if not super().can_add_subpage():
            return False
        return not self.is_unit_bound or bool(self.creatable_subpage_models())

    def can_edit(self):
        if not self.is_unit_bound or self.page_is_root:
            return super().can_edit()
        if self.is_units_content():
            return True
        # A reviewer of the page's current task may open it, as Wagtail allows.
        task = self.page.current_workflow_task
        return bool(task and task.user_can_access_editor(self.page, self.user))

    def can_delete(self, ignore_bulk=False):
        if not self.is_unit_bound or self.page_is_root:
            return super().can_delete(ignore_bulk=ignore_bulk)
        # Only a draft that never went live, with nothing below it, as Wagtail allows
        # its page owners; here the unit stands for the owner.
        return self.is_units_content() and not self.page.live and self.page.is_leaf()

    def refusal(self, action):
        """Why the user may not ``action`` ("edit" or "add") here, and what to do, in
        Vietnamese; None when nothing in the unit rules refuses it."""
        if not self.is_unit_editor_here():
            return None
        units = ", ".join(_unit_names(unit_ids_of(self.user))) or "đơn vị của bạn"
        owner = _unit_names([self.page_unit_id])[0] if self.page_unit_id else None
        if action == "edit" and not self.is_units_content():
            if owner is None or not is_content_page_type(type(self.page)):
                return (
                    f"“{self.page.title}” là trang của Ban Biên tập. Biên tập viên của "
                    f"{units} chỉ sửa được bài của đơn vị mình; muốn thay đổi trang này, "
                    "hãy liên hệ Ban Biên tập."
                )
            return (
                f"Trang “{self.page.title}” thuộc {owner}. Biên tập viên của {units} chỉ "
                f"sửa được bài của đơn vị mình; hãy liên hệ biên tập viên của {owner} "
                "hoặc Ban Biên tập nếu trang cần sửa."
            )
        if action == "add" and not self.can_add_subpage():
            if owner is not None and not self.is_open_to_unit():
                return (
                    f"Chuyên mục “{self.page.title}” là chuyên mục riêng của {owner}. Bài của "
                    f"{units} đăng trong các chuyên mục chung (tin tức, infographic, video, "
                    "tờ gấp, sách, bài giảng) hoặc chuyên mục của đơn vị mình."
                )
            return (
                f"Không thể tạo trang trong “{self.page.title}”. Biên tập viên đơn vị tạo bài "
                "trong các chuyên mục; chuyên mục mới và cuộc thi do Ban Biên tập tạo."
            )
        return None


def _unit_names(unit_ids):
    from .models import Unit

    names = dict(Unit.objects.filter(pk__in=unit_ids).values_list("pk", "name"))
    return [names[pk] for pk in unit_ids if pk in names]


def _pages_of_units(unit_ids):
    """Content pages, of any type, that belong to one of these units."""
    from .models.pages import content_page_models

    if not unit_ids:
        return Q(pk__in=[])
    return functools.reduce(
        operator.or_,
        (
            Q(pk__in=model.objects.filter(unit_id__in=unit_ids).values("pk"))
            for model in content_page_models()
        ),
        Q(pk__in=[]),
    )


class UnitPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permission policy, where the right to add lets a unit editor
    change their unit's content pages instead of the pages they own."""

    def _codenames_at(self, user, instance):
        return {
            perm.permission.codename.rsplit("_", maxsplit=1)[0]
            for perm in self.get_cached_permissions_for_user(user)
            if instance.pk == perm.page_id or instance.path.startswith(perm.page.path)
        }

    def user_has_any_permission_for_instance(self, user, actions, instance):
        base_permission = self._base_user_has_permission(user)
        if base_permission is not None:
            return base_permission
        actions = set(actions)
        rights = self._codenames_at(user, instance)
        if actions & rights:
            return True
        if "change" in actions and unit_bound(rights):
            return instance.permissions_for_user(user).can_edit()
        return False

    def instances_user_has_any_permission_for(self, user, actions):
        base_queryset = self._base_queryset_for_user(user)
        if base_queryset is not None:
            return base_queryset
        actions = set(actions)
        pages = self.model._default_manager.none()
        for perm in self.get_cached_permissions_for_user(user):
            action = perm.permission.codename.rsplit("_", maxsplit=1)[0]
            below = self.model._default_manager.descendant_of(perm.page, inclusive=True)
            if action == "add" and "change" in actions and "add" not in actions:
                pages |= below.filter(_pages_of_units(unit_ids_of(user)))
            elif action in actions:
                pages |= below
        return pages

    def users_with_any_permission_for_instance(self, actions, instance, include_superusers=True):
        actions = set(actions)
        if "change" not in actions or "add" in actions:
            return super().users_with_any_permission_for_instance(
                actions, instance, include_superusers
            )
        # Wagtail counts the page's owner among those who may change it; here the
        # editors of the page's unit count instead.
        ancestors = instance.get_ancestors(inclusive=True)

        def groups_with(codenames):
            return GroupPagePermission.objects.filter(
                permission__codename__in=codenames, page__in=ancestors
            ).values_list("group", flat=True)

        rule = Q(groups__in=groups_with(self._get_permission_codenames(actions)))
        if include_superusers:
            rule |= Q(is_superuser=True)
        page = instance.specific_deferred
        if is_content_page_type(type(page)) and getattr(page, "unit_id", None):
            rule |= Q(
                groups__in=groups_with([self._get_permission_codename("add")]),
                groups__unit=page.unit_id,
                groups__unit__is_active=True,
            )
        return get_user_model()._default_manager.filter(is_active=True).filter(rule).distinct()


def register():
    """Make Wagtail ask this module about every page type's permissions."""
    from wagtail.permissions import register_permission_policy

    register_permission_policy(Page, UnitPagePermissionPolicy(Page))
