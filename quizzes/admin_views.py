"""The organisers' pages in the admin: the rounds with live counters, a round's results,
and its exports. Results need ``quizzes.view_attempt``; the personal columns of exports
need ``quizzes.view_personal_data`` as well."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from .exports import csv_bytes, result_rows, write_xlsx
from .models import Participant, QuizPage
from .ranking import round_ranking
from .results import counters, participation_by_unit, question_rates
from .suspicious import SECONDS_PER_QUESTION
from .suspicious import report as suspicious_report

SHOWN_ROWS = 100
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _require(request, permission="quizzes.view_attempt"):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _breadcrumbs(quiz=None, *, results_link=False):
    """The trail back from a contest page of the admin: the list of rounds, the contest
    (its editor) and, below a round's results, the round's results."""
    items = [
        {"url": reverse("wagtailadmin_home"), "label": gettext("Home")},
        {"url": reverse("quizzes_rounds"), "label": "Kết quả cuộc thi"},
    ]
    if quiz is not None:
        contest = quiz.get_parent()
        items.append(
            {"url": reverse("wagtailadmin_pages:edit", args=[contest.pk]), "label": contest.title}
        )
        round_url = reverse("quizzes_results", args=[quiz.pk]) if results_link else ""
        items.append({"url": round_url, "label": quiz.title})
    return items


def rounds(request):
    _require(request)
    quizzes = QuizPage.objects.order_by("-opens_at")
    now = timezone.now()
    return TemplateResponse(
        request,
        "quizzes/admin/rounds.html",
        {
            "rounds": [(quiz, quiz.state(now), counters(quiz, now)) for quiz in quizzes],
            "breadcrumbs": [_breadcrumbs()[0], {"url": "", "label": "Kết quả cuộc thi"}],
        },
    )


def results(request, round_id):
    _require(request)
    quiz = get_object_or_404(QuizPage, pk=round_id)
    personal = request.user.has_perm("quizzes.view_personal_data")
    units = participation_by_unit(quiz)
    most = max((count for _, count in units), default=0)
    return TemplateResponse(
        request,
        "quizzes/admin/results.html",
        {
            "quiz": quiz,
            "state": quiz.state(),
            "counters": counters(quiz),
            "questions": question_rates(quiz),
            "units": [(name, count, 100 * count // most if most else 0) for name, count in units],
            "ranking": _named(round_ranking(quiz, limit=SHOWN_ROWS), personal),
            "shown_rows": SHOWN_ROWS,
            "personal": personal,
            "breadcrumbs": _breadcrumbs(quiz),
        },
    )


def _named(ranking, personal):
    """(row, name, unit) with the name masked unless the viewer may see personal data."""
    people = Participant.objects.select_related("unit").in_bulk(
        [row.participant_id for row in ranking]
    )
    return [
        (
            row,
            people[row.participant_id].full_name
            if personal
            else people[row.participant_id].public_name,
            people[row.participant_id].unit.name,
        )
        for row in ranking
    ]


def suspicious(request, round_id):
    _require(request)
    quiz = get_object_or_404(QuizPage, pk=round_id)
    return TemplateResponse(
        request,
        "quizzes/admin/suspicious.html",
        {
            "quiz": quiz,
            "report": suspicious_report(quiz),
            "personal": request.user.has_perm("quizzes.view_personal_data"),
            "seconds_per_question": SECONDS_PER_QUESTION,
            "breadcrumbs": [
                *_breadcrumbs(quiz, results_link=True),
                {"url": "", "label": "Dấu hiệu gian lận"},
            ],
        },
    )


def export(request, round_id, kind):
    _require(request)
    if kind not in ("csv", "xlsx"):
        raise Http404
    quiz = get_object_or_404(QuizPage, pk=round_id)
    rows = result_rows(quiz, personal=request.user.has_perm("quizzes.view_personal_data"))
    name = f"ket-qua-{quiz.slug}"
    if kind == "csv":
        response = HttpResponse(csv_bytes(rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    else:
        response = HttpResponse(content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
        write_xlsx(rows, response)
    return response
