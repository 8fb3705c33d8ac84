"""The admin screens of unit reports: the periods, and one unit's report for a period,
where its reporters fill it in and send it and the Department of Justice accepts or
returns it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from home.models import Unit

from . import roles, workflow
from .figures import report_rows
from .models import Indicator, Period, UnitReport
from .report_form import ReportForm, explanation_name

ICON = "doc-full"


def _breadcrumbs(*items):
    return [
        {"url": reverse("wagtailadmin_home"), "label": gettext("Home")},
        {"url": reverse("reports_periods"), "label": "Báo cáo thống kê"},
        *({"url": url, "label": label} for url, label in items),
    ]


def periods(request):
    user = request.user
    reviewer = roles.is_reviewer(user)
    own_units = roles.reporting_unit_ids(user)
    if not reviewer and not own_units:
        raise PermissionDenied
    listed = Period.objects.select_related("template").order_by("-end", "name")
    if not reviewer:
        listed = listed.filter(units__in=own_units).distinct()
    listed = listed.annotate(
        due_count=Count("units", distinct=True),
        sent_count=Count(
            "reports", filter=Q(reports__status__in=UnitReport.COUNTED), distinct=True
        ),
    )
    own_reports = {
        (report.period_id, report.unit_id): report
        for report in UnitReport.objects.filter(unit_id__in=own_units)
    }
    rows = []
    for period in listed:
        units = [unit for unit in period.units.all() if unit.pk in own_units]
        rows.append(
            {
                "period": period,
                "overdue": period.is_overdue(),
                "own": [(unit, own_reports.get((period.pk, unit.pk))) for unit in units],
            }
        )
    return TemplateResponse(
        request,
        "reports/periods.html",
        {
            "rows": rows,
            "is_reviewer": reviewer,
            "breadcrumbs": _breadcrumbs()[:1] + [{"url": "", "label": "Báo cáo thống kê"}],
        },
    )


def _report_for_screen(request, period, unit):
    """The stored report, or an unsaved draft for a unit's reporter who has not started
    one; None when there is nothing the user may see."""
    report = UnitReport.objects.filter(period=period, unit=unit).select_related("period").first()
    user = request.user
    if report is not None:
        return report if roles.may_view(user, report) else None
    may_start = unit.pk in roles.reporting_unit_ids(user) or roles.is_reviewer(user)
    if may_start and workflow.is_due(period, unit):
        return UnitReport(period=period, unit=unit)
    return None


def unit_report(request, period_id, unit_id):
    period = get_object_or_404(Period.objects.select_related("template"), pk=period_id)
    unit = get_object_or_404(Unit, pk=unit_id)
    report = _report_for_screen(request, period, unit)
    if report is None:
        raise PermissionDenied
    user = request.user
    may_edit = report.is_editable and unit.pk in roles.reporting_unit_ids(user)
    indicators = period.template.indicators()
    rows = report_rows(report, indicators)
    problems = {}
    form = None
    if may_edit:
        form = ReportForm(rows, request.POST or None, notes=report.notes)
        if request.method == "POST":
            outcome = _save(request, form, period, unit)
            if outcome is not None:
                return outcome
            problems = getattr(form, "problems", {})
    elif request.method == "POST":
        raise PermissionDenied
    if not problems and report.pk and report.is_editable:
        problems = workflow.problems(report, rows)
    return TemplateResponse(
        request,
        "reports/unit_report.html",
        {
            "period": period,
            "unit": unit,
            "report": report,
            "form": form,
            "sections": _by_form(
                form.bound_rows() if form else [(row, None, None) for row in rows]
            ),
            "problems": problems,
            "problem_list": _problem_list(problems, indicators),
            "may_review": roles.is_reviewer(user) and report.status == UnitReport.Status.SUBMITTED,
            "history": _history(report) if report.pk else [],
            "overdue": period.is_overdue(),
            "breadcrumbs": _breadcrumbs((period_url(period, user), period.name), ("", unit.name)),
        },
    )


def _problem_list(problems, indicators):
    """[(row anchor or None, message)]: the list above the report links to each row."""
    codes = {indicator.pk: indicator.code for indicator in indicators}
    return [(codes.get(key), message) for key, messages in problems.items() for message in messages]


def _history(report):
    """[(event, [(what changed, change)])], indicators named as the report names them."""
    events = list(report.events.select_related("user"))
    codes = {code for event in events for code in event.changes if code != "notes"}
    names = dict(Indicator.objects.filter(code__in=codes).values_list("code", "name"))
    names["notes"] = "Thuyết minh"
    return [
        (event, [(names.get(code, code), change) for code, change in event.changes.items()])
        for event in events
    ]


def _by_form(rows):
    """[(form, rows)] in order: the report reads like the Ministry's forms."""
    sections = []
    for row in rows:
        form = row[0].indicator.form
        if not sections or sections[-1][0] != form:
            sections.append((form, []))
        sections[-1][1].append(row)
    return sections


def period_url(period, user):
    if roles.is_reviewer(user):
        return reverse("reports_dashboard", args=[period.pk])
    return reverse("reports_periods")


def _save(request, form, period, unit):
    """Save (and with "submit", send) the figures; a response when done, None to show the
    form again with its errors."""
    if not form.is_valid():
        messages.error(request, "Số liệu chưa hợp lệ; hãy sửa các ô được đánh dấu.")
        return None
    user = request.user
    try:
        report = workflow.open_report(period, unit, user)
        workflow.save_figures(report, user, form.entries(), notes=form.cleaned_data["notes"])
    except workflow.NotAllowed as refusal:
        messages.error(request, refusal.message)
        return redirect("reports_unit_report", period.pk, unit.pk)
    except workflow.Invalid as invalid:
        # Saving refuses only changed computed figures without an explanation: the
        # message goes beside the explanation box to fill.
        indicators = {row.indicator.pk: row.indicator for row in form.rows}
        for indicator_id, refusals in invalid.errors.items():
            for refusal in refusals:
                form.add_error(explanation_name(indicators[indicator_id]), refusal)
        messages.error(request, "Chưa lưu: có số liệu tự động được sửa mà chưa có giải trình.")
        return None
    if request.POST.get("action") != "submit":
        messages.success(request, f"Đã lưu báo cáo của {unit}. Báo cáo chưa được gửi.")
        return redirect("reports_unit_report", period.pk, unit.pk)
    try:
        report = workflow.submit(report, user)
    except workflow.NotAllowed as refusal:
        messages.error(request, refusal.message)
    except workflow.Invalid as invalid:
        form.problems = invalid.errors
        messages.error(request, "Đã lưu nhưng chưa gửi: hãy sửa các số liệu được đánh dấu.")
        return None
    else:
        sent = timezone.localtime(report.submitted_at)
        late = " (sau hạn)" if report.was_late else ""
        messages.success(
            request,
            f"Đã gửi báo cáo của {unit} lúc {sent:%H:%M %d/%m/%Y}{late}. "
            "Sở Tư pháp sẽ xem và chấp nhận hoặc trả lại.",
        )
    return redirect("reports_unit_report", period.pk, unit.pk)


@require_POST
def review(request, report_id):
    report = get_object_or_404(UnitReport.objects.select_related("period", "unit"), pk=report_id)
    action = request.POST.get("action")
    comment = request.POST.get("comment", "")
    try:
        if action == "accept":
            workflow.accept(report, request.user, comment)
            messages.success(request, f"Đã chấp nhận báo cáo của {report.unit}.")
        elif action == "return":
            workflow.return_report(report, request.user, comment)
            messages.success(
                request, f"Đã trả lại báo cáo cho {report.unit} kèm ý kiến của Sở Tư pháp."
            )
        else:
            messages.error(request, "Chọn chấp nhận hoặc trả lại.")
    except workflow.NotAllowed as refusal:
        if not roles.is_reviewer(request.user):
            raise PermissionDenied from refusal
        messages.error(request, refusal.message)
    except workflow.Invalid as invalid:
        for problem in invalid.errors.get(None, []):
            messages.error(request, problem)
    return redirect("reports_unit_report", report.period_id, report.unit_id)
