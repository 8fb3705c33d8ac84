"""The "Hỏi đáp pháp luật" menu: the queue and the online exchanges, shown to the board
and to units' editors."""

from django.urls import reverse

from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from .. import roles


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.may_use_queue(request.user)


def qa_menu_item():
    return SubmenuMenuItem(
        "Hỏi đáp pháp luật",
        Menu(
            items=[
                QueueMenuItem(
                    "Câu hỏi của người dân",
                    reverse("qa_queue"),
                    name="qa-queue",
                    icon_name="help",
                    order=100,
                ),
                QueueMenuItem(
                    "Giao lưu trực tuyến",
                    reverse("qa_exchanges"),
                    name="qa-exchanges",
                    icon_name="comment",
                    order=200,
                ),
            ]
        ),
        name="qa",
        icon_name="help",
        order=290,
    )
