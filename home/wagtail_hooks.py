from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import lockout_admin
from .models import LegalField, Unit


class UnitFilterSet(WagtailFilterSet):
    class Meta:
        model = Unit
        fields = ["kind", "is_active"]


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = "Đơn vị"
    list_display = ["name", "short_name", "kind", "is_active", "sort_order"]
    list_filter = None
    filterset_class = UnitFilterSet
    search_fields = ["name", "short_name"]
    ordering = ["sort_order", "name"]


class LegalFieldViewSet(SnippetViewSet):
    model = LegalField
    icon = "tag"
    menu_label = "Lĩnh vực pháp luật"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (UnitViewSet, LegalFieldViewSet)
    menu_icon = "folder-inverse"
    menu_label = "Phân loại"
    menu_name = "taxonomy"


register_snippet(TaxonomyViewSetGroup)


@hooks.register("register_admin_urls")
def lockout_admin_urls():
    return [
        path("lockouts/", lockout_admin.lockouts, name="home_lockouts"),
        path("lockouts/unlock/", lockout_admin.unlock, name="home_lockouts_unlock"),
    ]


class LockoutMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("axes.view_accessattempt")


@hooks.register("register_settings_menu_item")
def lockout_menu_item():
    return LockoutMenuItem("Khóa đăng nhập", reverse("home_lockouts"), icon_name="lock", order=900)


# Wagtail's guide and release notes are in English, on the Internet: editors are not
# sent there. The help menu keeps the keyboard shortcuts.
ENGLISH_GUIDE_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("construct_help_menu")
def hide_english_guide(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(ENGLISH_GUIDE_ITEMS)]


@hooks.register("insert_global_admin_css")
def phone_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("home/admin/phone.css"))


@hooks.register("insert_editor_js")
def streamfield_button_labels():
    return format_html('<script src="{}"></script>', static("home/js/streamfield-labels.js"))
