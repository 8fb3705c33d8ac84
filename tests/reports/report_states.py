"""Unit reports put straight into a state, with their figures: the dashboard and the
reminders read reports, and the tests of ``reports.workflow`` cover how they get there."""

import datetime

from django.utils import timezone

from reports.models import Indicator, ReportValue, UnitReport


def local_time(day, hour=9):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def make_report(period, unit, status, figures=None, first_sent=None):
    """The report of ``unit`` in ``status``, with ``figures`` ({indicator code: figure})
    as the unit entered them. A report that was sent was sent on ``first_sent`` (a day),
    two days before the deadline unless told."""
    was_sent = status in ("submitted", "accepted", "returned")
    was_reviewed = status in ("accepted", "returned")
    sent_at = local_time(first_sent or period.deadline - datetime.timedelta(days=2))
    report = UnitReport.objects.create(
        period=period,
        unit=unit,
        status=status,
        first_submitted_at=sent_at if was_sent else None,
        submitted_at=sent_at if was_sent else None,
        reviewed_at=sent_at + datetime.timedelta(days=1) if was_reviewed else None,
        review_comment="Thiếu số liệu kinh phí." if status == "returned" else "",
    )
    indicators = Indicator.objects.in_bulk(list(figures or {}), field_name="code")
    ReportValue.objects.bulk_create(
        ReportValue(report=report, indicator=indicators[code], entered=value)
        for code, value in (figures or {}).items()
    )
    return report
