"""The Department of Justice's dashboard of a period, and the reminders sent from it.
Reviewers only (``reports.roles.is_reviewer``)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from wagtail.admin import messages

from reports import roles
from reports.deadlines import days_left, deadline_text
from reports.figures import period_totals
from reports.models import Period
from reports.reminders import last_reminders, send_reminders

from . import overview


def _require_reviewer(request):
    if not roles.is_reviewer(request.user):
        raise PermissionDenied


def _chosen(choices, wanted, key):
    """The choice whose ``key`` is ``wanted``, or the first one."""
    return next((choice for choice in choices if key(choice) == wanted), None) or next(
        iter(choices), None
    )


def dashboard(request, period_id):
    _require_reviewer(request)
    period = get_object_or_404(Period.objects.select_related("template"), pk=period_id)
    totals = period_totals(period)
    compared = period.previous()
    today = timezone.localdate()

    counts = overview.status_counts(totals)
    sent, late, waiting = overview.unit_lines(totals, last_reminders(period))
    groups = overview.indicator_groups(totals)

    forms = overview.counted_forms(groups)
    form = _chosen(forms, request.GET.get("form"), key=lambda form: str(form.pk))
    compared_rows = overview.comparison_rows(groups, form) if form else []

    line = _chosen(
        totals.indicators, request.GET.get("indicator"), key=lambda line: line.indicator.code
    )
    by_unit = overview.unit_figures(totals, line) if line else []

    return TemplateResponse(
        request,
        "reports/dashboard_period.html",
        {
            "period": period,
            "compared": compared,
            "days_left": days_left(period, today),
            "deadline_text": deadline_text(period, today),
            "due_count": len(totals.units),
            "counts": counts,
            "status_chart": overview.status_chart(counts),
            "sent": sent,
            "late": late,
            "waiting": waiting,
            "groups": groups,
            "forms": forms,
            "form": form,
            "compared_rows": compared_rows,
            "compared_chart": (
                overview.comparison_chart(compared_rows, period, compared)
                if compared_rows
                else None
            ),
            "indicators": [total.indicator for total in totals.indicators],
            "indicator": line.indicator if line else None,
            "by_unit": by_unit,
            "unit_chart": overview.unit_chart(by_unit, line) if line else None,
            "breadcrumbs": [
                {"url": reverse("wagtailadmin_home"), "label": gettext("Home")},
                {"url": reverse("reports_periods"), "label": "Kỳ báo cáo"},
                {"url": "", "label": period.name},
            ],
        },
    )


@require_POST
def remind(request, period_id):
    """Remind the units that have not sent (or the one unit posted as ``unit``)."""
    _require_reviewer(request)
    period = get_object_or_404(Period, pk=period_id)
    unit = request.POST.get("unit", "")
    if unit and not unit.isdigit():
        messages.error(request, "Đơn vị cần nhắc không hợp lệ.")
        return _back(period)
    # Reminding everyone skips the units reminded earlier today (a second click, or
    # the scheduled command's run); naming one unit reminds it regardless.
    result = send_reminders(
        period,
        sent_by=request.user,
        unit_ids=[int(unit)] if unit else None,
        once_a_day=not unit,
    )
    if result.reminded:
        messages.success(
            request,
            f"Đã gửi thư nhắc đến {len(result.reminded)} đơn vị, {result.people} người nhận.",
        )
    if result.nobody:
        messages.warning(
            request,
            f"Không có ai để nhắc ở {len(result.nobody)} đơn vị (đơn vị chưa có người lập "
            f"báo cáo hay biên tập viên có email): {_names(result.nobody)}.",
        )
    if result.already:
        messages.info(
            request,
            f"{len(result.already)} đơn vị đã được nhắc hôm nay, không nhắc lại: "
            f"{_names(result.already)}.",
        )
    if not (result.reminded or result.nobody or result.already):
        messages.info(
            request,
            "Đơn vị này đã gửi báo cáo hoặc không phải báo cáo kỳ này; không cần nhắc."
            if unit
            else "Mọi đơn vị phải báo cáo đã gửi báo cáo; không có đơn vị nào cần nhắc.",
        )
    return _back(period)


def _names(units):
    return ", ".join(unit.name for unit in units)


def _back(period):
    return redirect(reverse("reports_dashboard", args=[period.pk]) + "#chua-gui")
