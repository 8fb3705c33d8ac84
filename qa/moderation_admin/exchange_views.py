"""Screening an online exchange's questions: newest first, each shown or hidden, marked
answered live, its answer published, in one click, during the live session."""

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from wagtail.admin import messages

from home.phones import mask_name

from .. import roles
from ..models import Question
from . import exchange_moves
from .question_views import breadcrumbs, require_queue

Status = Question.Status
FILTERS = {
    "": ("Tất cả", Q()),
    "waiting": (
        "Chưa duyệt",
        Q(shown_on_exchange=False) & ~Q(status=Status.REJECTED),
    ),
    "shown": ("Đang hiện", Q(shown_on_exchange=True)),
    "unanswered": (
        "Hiện, chưa có câu trả lời đăng",
        Q(shown_on_exchange=True) & ~Q(status=Status.PUBLISHED),
    ),
    "rejected": ("Không tiếp nhận", Q(status=Status.REJECTED)),
}


def exchanges(request):
    require_queue(request)
    listed = (
        roles.visible_exchanges(request.user)
        .select_related("unit")
        .annotate(
            question_count=Count("questions"),
            waiting_count=Count(
                "questions",
                filter=Q(questions__shown_on_exchange=False)
                & ~Q(questions__status=Status.REJECTED),
            ),
            shown_count=Count("questions", filter=Q(questions__shown_on_exchange=True)),
            published_count=Count("questions", filter=Q(questions__status=Status.PUBLISHED)),
        )
        .order_by("-starts_at")
    )
    return TemplateResponse(
        request,
        "qa/admin/exchanges.html",
        {
            "exchanges": listed,
            "breadcrumbs": breadcrumbs(("", "Giao lưu trực tuyến")),
        },
    )


def exchange_screen(request, page_id):
    exchange = get_object_or_404(roles.visible_exchanges(request.user), pk=page_id)
    if request.method == "POST":
        question = (
            Question.objects.filter(exchange=exchange, pk=request.POST.get("question") or 0)
            .select_related("exchange", "unit")
            .first()
        )
        move = request.POST.get("move", "")
        if question is None or move not in exchange_moves.MOVES:
            messages.error(request, "Thao tác không hợp lệ.")
            return redirect("qa_exchange", exchange.pk)
        return exchange_moves.run(
            request, question, move, default=reverse("qa_exchange", args=[exchange.pk])
        )
    chosen = request.GET.get("show", "")
    label, condition = FILTERS.get(chosen, FILTERS[""])
    questions = (
        Question.objects.filter(exchange=exchange)
        .filter(condition)
        .select_related("legal_field")
        .order_by("-created_at", "-pk")
    )
    full_contact = roles.may_see_contact(request.user)
    rows = [
        (question, question.asker_name if full_contact else mask_name(question.asker_name))
        for question in questions
    ]
    return TemplateResponse(
        request,
        "qa/admin/exchange.html",
        {
            "exchange": exchange,
            "rows": rows,
            "filters": [(key, name) for key, (name, _) in FILTERS.items()],
            "chosen": chosen if chosen in FILTERS else "",
            "filter_label": label,
            "breadcrumbs": breadcrumbs(
                (reverse("qa_exchanges"), "Giao lưu trực tuyến"), ("", exchange.title)
            ),
        },
    )
