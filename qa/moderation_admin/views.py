"""The moderation queue: the board's (every question, overdue ones first on the screen)
and each unit's (the questions assigned to it), and its CSV export."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from home.pagination import paginate

from .. import roles
from ..exports import queue_csv_lines
from .question_views import breadcrumbs, require_queue
from .queue import QueueFilters, is_overdue

PER_PAGE = 50
OVERDUE_SHOWN = 10


def queue(request):
    require_queue(request)
    user = request.user
    now = timezone.now()
    filters = QueueFilters(request.GET, user)
    questions = filters.filtered(now)
    page = paginate(request, questions, PER_PAGE)
    board = roles.is_board(user)
    overdue = roles.visible_questions(user).overdue(now).select_related("unit")
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "qa/admin/queue.html",
        {
            "filters": filters,
            "page": page,
            "rows": [
                (question, question.waited(now), is_overdue(question, now)) for question in page
            ],
            "is_board": board,
            "unit_names": ", ".join(str(unit) for unit in filters.fields["unit"].queryset)
            if not board
            else "",
            "overdue_count": overdue.count(),
            "overdue": list(overdue.order_by("waiting_since", "pk")[:OVERDUE_SHOWN])
            if board
            else [],
            "query": query.urlencode(),
            "answer_within_days": settings.QA_ANSWER_WITHIN_DAYS,
            "breadcrumbs": breadcrumbs()[:1] + [{"url": "", "label": "Hỏi đáp pháp luật"}],
        },
    )


def export(request):
    """The queue as the board filtered it, as CSV."""
    if not roles.is_board(request.user):
        raise PermissionDenied
    filters = QueueFilters(request.GET, request.user)
    lines = queue_csv_lines(filters.filtered(), roles.may_see_contact(request.user), is_overdue)
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="cau-hoi-{stamp}.csv"'
    return response
