from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def push_admin_urls():
    return [path("push/", admin_views.counts, name="push_counts")]


class PushMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_view(request.user)


@hooks.register("register_reports_menu_item")
def push_menu_item():
    return PushMenuItem(
        "Thông báo trên điện thoại", reverse("push_counts"), icon_name="mail", order=900
    )
