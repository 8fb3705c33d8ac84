"""What moves a unit report, who may move it, and the history each move leaves.

    draft ──submit──▶ submitted ──accept──▶ accepted (locked)
                          │
                          └──return (comment)──▶ returned ──submit──▶ submitted …

Each function checks the user's right and the report's state, and refuses with a
``NotAllowed`` that says why; every change is a ``ReportEvent``.
"""

from django.db import transaction
from django.utils import timezone

from . import roles
from .figures import freeze, report_rows
from .models import ReportEvent, ReportValue, UnitReport
from .validation import check_figures


class NotAllowed(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


class Invalid(Exception):
    """The figures break rules: {indicator id: [messages]} (key None: the report's)."""

    def __init__(self, errors):
        super().__init__("; ".join(m for messages in errors.values() for m in messages))
        self.errors = errors


def is_due(period, unit):
    return period.units.filter(pk=unit.pk).exists()


def open_report(period, unit, user):
    """The unit's report for the period, started (as a draft) by one of its reporters."""
    report = UnitReport.objects.filter(period=period, unit=unit).first()
    if report is not None:
        if not roles.may_view(user, report):
            raise NotAllowed(f"Bạn không xem được báo cáo của {unit}.")
        return report
    if unit.pk not in roles.reporting_unit_ids(user):
        raise NotAllowed(f"Chỉ người lập báo cáo của {unit} mới tạo được báo cáo này.")
    if not is_due(period, unit):
        raise NotAllowed(f"{unit} không thuộc danh sách đơn vị báo cáo kỳ “{period}”.")
    with transaction.atomic():
        report, created = UnitReport.objects.get_or_create(period=period, unit=unit)
        if created:
            ReportEvent.objects.create(report=report, action=ReportEvent.Action.CREATED, user=user)
    return report


def _check_editable(report, user):
    if not roles.may_prepare(user, report):
        raise NotAllowed(f"Chỉ người lập báo cáo của {report.unit} mới sửa được báo cáo này.")
    if not report.is_editable:
        raise NotAllowed(
            f"Báo cáo đang ở trạng thái “{report.get_status_display()}”, không sửa được."
        )


def override_errors(rows):
    """{indicator id: [message]} for computed figures changed without an explanation."""
    return {
        row.indicator.pk: [
            f"“{row.indicator.name}”: hệ thống tính được {row.automatic}; đơn vị sửa thành "
            f"{row.entered} thì cần ghi giải trình."
        ]
        for row in rows
        if row.is_override and not row.explanation.strip()
    }


@transaction.atomic
def save_figures(report, user, entries, notes=None):
    """Store what the unit typed: ``entries`` is {indicator id: (figure or None,
    explanation)} for the template's indicators. An override without an explanation is
    refused; the other rules are checked on sending (``submit``), so a draft can be
    saved while a figure is still missing. Returns the rows, as saved."""
    report = UnitReport.objects.select_for_update().get(pk=report.pk)
    _check_editable(report, user)
    indicators = report.period.template.indicators()
    rows = report_rows(report, indicators)
    changes = {}
    for row in rows:
        if row.indicator.pk not in entries:
            continue
        entered, explanation = entries[row.indicator.pk]
        explanation = (explanation or "").strip()
        if entered == row.entered and explanation == row.explanation:
            continue
        change = {"from": row.entered, "to": entered}
        if explanation != row.explanation:
            change["explanation"] = explanation
        changes[row.indicator.code] = change
        row.entered, row.explanation = entered, explanation
    errors = override_errors(rows)
    if errors:
        raise Invalid(errors)
    stored = {value.indicator_id: value for value in report.values.all()}
    for row in rows:
        if row.indicator.code not in changes:
            continue
        value = stored.get(row.indicator.pk) or ReportValue(report=report, indicator=row.indicator)
        value.entered, value.explanation = row.entered, row.explanation
        value.save()
    if notes is not None and notes != report.notes:
        changes["notes"] = {"from": report.notes, "to": notes}
        report.notes = notes
        report.save(update_fields=["notes", "updated_at"])
    if changes:
        ReportEvent.objects.create(
            report=report, action=ReportEvent.Action.SAVED, user=user, changes=changes
        )
    return rows


def problems(report, rows=None):
    """Everything that stops ``report`` from being sent: {indicator id: [messages]}."""
    rows = rows if rows is not None else report_rows(report)
    errors = override_errors(rows)
    checked = check_figures(
        [row.indicator for row in rows], {row.indicator.pk: row.value for row in rows}
    )
    for indicator_id, messages in checked.items():
        errors.setdefault(indicator_id, []).extend(messages)
    return errors


@transaction.atomic
def submit(report, user):
    report = (
        UnitReport.objects.select_for_update().select_related("period", "unit").get(pk=report.pk)
    )
    _check_editable(report, user)
    rows = report_rows(report)
    errors = problems(report, rows)
    if errors:
        raise Invalid(errors)
    freeze(report, rows)
    now = timezone.now()
    report.status = UnitReport.Status.SUBMITTED
    report.submitted_at = now
    report.submitted_by = user
    report.first_submitted_at = report.first_submitted_at or now
    report.save()
    ReportEvent.objects.create(report=report, action=ReportEvent.Action.SUBMITTED, user=user)
    return report


def _review(report, user, status, action, comment):
    report = (
        UnitReport.objects.select_for_update().select_related("period", "unit").get(pk=report.pk)
    )
    if not roles.is_reviewer(user):
        raise NotAllowed("Chỉ Sở Tư pháp (người tổng hợp thống kê) mới duyệt được báo cáo.")
    if report.status != UnitReport.Status.SUBMITTED:
        raise NotAllowed(
            f"Chỉ duyệt được báo cáo đã gửi; báo cáo này đang “{report.get_status_display()}”."
        )
    report.status = status
    report.reviewed_at = timezone.now()
    report.reviewed_by = user
    report.review_comment = comment
    report.save()
    ReportEvent.objects.create(report=report, action=action, user=user, comment=comment)
    return report


@transaction.atomic
def accept(report, user, comment=""):
    return _review(
        report, user, UnitReport.Status.ACCEPTED, ReportEvent.Action.ACCEPTED, comment.strip()
    )


@transaction.atomic
def return_report(report, user, comment):
    comment = (comment or "").strip()
    if not comment:
        raise Invalid({None: ["Ghi rõ lý do trả lại để đơn vị biết cần sửa gì."]})
    return _review(report, user, UnitReport.Status.RETURNED, ReportEvent.Action.RETURNED, comment)
