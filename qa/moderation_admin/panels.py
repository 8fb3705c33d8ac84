"""The dashboard's panel: how many questions wait for the reader, and how many are overdue."""

from django.urls import reverse

from wagtail.admin.ui.components import Component

from .. import roles
from ..models import QuestionNotification
from .queue import counts


class QuestionsPanel(Component):
    name = "qa_questions"
    order = 90
    template_name = "qa/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        board = roles.is_board(self.user)
        queue = reverse("qa_queue")
        totals = counts(self.user)
        return {
            "is_board": board,
            "totals": totals,
            "queue_url": queue,
            "failed_notices": (
                QuestionNotification.objects.filter(
                    status=QuestionNotification.Status.FAILED
                ).count()
                if board
                else 0
            ),
        }


def add_questions_panel(request, panels):
    if roles.may_use_queue(request.user):
        panels.append(QuestionsPanel(request.user))
