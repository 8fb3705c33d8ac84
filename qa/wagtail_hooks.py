from django.templatetags.static import static
from django.urls import include, path
from django.utils.html import format_html

from wagtail import hooks

from .moderation_admin.menu import qa_menu_item
from .moderation_admin.panels import add_questions_panel


@hooks.register("register_admin_urls")
def qa_admin_urls():
    return [path("qa/", include("qa.moderation_admin.urls"))]


hooks.register("register_admin_menu_item", qa_menu_item)
hooks.register("construct_homepage_panels", add_questions_panel)


@hooks.register("insert_global_admin_css")
def qa_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("qa/admin/moderation.css"))
