from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def contest_admin_urls():
    return [
        path("contests/", admin_views.rounds, name="quizzes_rounds"),
        path("contests/<int:round_id>/", admin_views.results, name="quizzes_results"),
        path(
            "contests/<int:round_id>/suspicious/",
            admin_views.suspicious,
            name="quizzes_suspicious",
        ),
        path(
            "contests/<int:round_id>/results.<str:kind>",
            admin_views.export,
            name="quizzes_export",
        ),
    ]


class ContestMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("quizzes.view_attempt")


@hooks.register("register_admin_menu_item")
def contest_menu_item():
    return ContestMenuItem(
        "Kết quả cuộc thi", reverse("quizzes_rounds"), icon_name="tasks", order=300
    )
