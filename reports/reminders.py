"""Reminder emails to the units that have not sent their report for a period.

A unit that has not sent is one due to report whose report is missing, a draft or
returned. Its reminder goes to its reporters (active editors of the unit holding
``reports.prepare_unitreport``, with an email address) or, when it has none, to its other
editors with an address; a unit with nobody to write to is named in the result, so that
the Department of Justice can call it.

Choosing who to remind and recording it is quick and happens at once; the emails go
through background tasks (``reports.tasks``), so a slow mail server holds up neither
the dashboard nor the scheduled command.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from . import tasks
from .deadlines import deadline_text
from .models import Period, Reminder, ReportEvent, UnitReport

# The scheduled command reminds for periods whose deadline is this close ahead…
DAYS_BEFORE = 7
# …or passed fewer than this many days ago.
DAYS_AFTER = 30


@dataclass
class ReminderResult:
    period: Period
    reminded: list = field(default_factory=list)  # [(unit, number of recipients)]
    nobody: list = field(default_factory=list)  # [unit] with no one to write to
    already: list = field(default_factory=list)  # [unit] reminded earlier today

    @property
    def people(self):
        return sum(count for _, count in self.reminded)


def waiting(period, unit_ids=None):
    """[(unit, report or None)] of the units due to report on ``period`` that have not
    sent it, in unit order; only those of ``unit_ids`` when given."""
    units = period.units.exclude(
        pk__in=UnitReport.objects.filter(period=period, status__in=UnitReport.COUNTED).values(
            "unit_id"
        )
    ).order_by("sort_order", "name")
    if unit_ids is not None:
        units = units.filter(pk__in=unit_ids)
    units = list(units)
    reports = {
        report.unit_id: report
        for report in UnitReport.objects.filter(period=period, unit__in=units)
    }
    return [(unit, reports.get(unit.pk)) for unit in units]


def recipients(unit_ids):
    """{unit id: [email addresses]}: the unit's reporters, or else its other editors."""
    membership = get_user_model().groups.through
    rows = list(
        membership.objects.filter(group__unit__in=unit_ids, user__is_active=True)
        .exclude(user__email="")
        .values_list("group__unit", "user_id", "user__email")
        .order_by("user__email")
    )
    reporter_ids = _holding_prepare_permission({user_id for _, user_id, _ in rows})
    editors, reporters = {}, {}
    for unit_id, user_id, email in rows:
        editors.setdefault(unit_id, []).append(email)
        if user_id in reporter_ids:
            reporters.setdefault(unit_id, []).append(email)
    return {
        unit_id: _unique(reporters.get(unit_id) or addresses)
        for unit_id, addresses in editors.items()
    }


def _holding_prepare_permission(user_ids):
    """The ids, among ``user_ids``, of those who hold ``reports.prepare_unitreport``."""
    app_label, codename = "reports", "prepare_unitreport"
    holds = (
        Q(is_superuser=True)
        | Q(
            user_permissions__content_type__app_label=app_label,
            user_permissions__codename=codename,
        )
        | Q(
            groups__permissions__content_type__app_label=app_label,
            groups__permissions__codename=codename,
        )
    )
    return set(
        get_user_model()
        .objects.filter(pk__in=user_ids)
        .filter(holds)
        .values_list("pk", flat=True)
        .distinct()
    )


def _unique(addresses):
    seen, unique = set(), []
    for address in addresses:
        if address.lower() not in seen:
            seen.add(address.lower())
            unique.append(address)
    return unique


def last_reminders(period):
    """{unit id: the latest Reminder} of the period."""
    latest = (
        Reminder.objects.filter(period=period, unit=OuterRef("unit"))
        .order_by("-sent_at", "-pk")
        .values("pk")[:1]
    )
    return {
        reminder.unit_id: reminder
        for reminder in Reminder.objects.filter(period=period, pk=Subquery(latest)).select_related(
            "sent_by"
        )
    }


def _reminded_since(period, moment):
    return set(
        Reminder.objects.filter(period=period, sent_at__gte=moment).values_list(
            "unit_id", flat=True
        )
    )


def _start_of_day(now):
    return timezone.make_aware(
        datetime.datetime.combine(timezone.localdate(now), datetime.time.min)
    )


def send_reminders(
    period, *, sent_by=None, unit_ids=None, once_a_day=True, dry_run=False, now=None
):
    """Remind the units of ``period`` that have not sent their report (only those of
    ``unit_ids`` when given). With ``once_a_day``, a unit reminded earlier the same day
    is left alone. With ``dry_run`` nothing is recorded or sent: the result says what
    would be."""
    now = now or timezone.now()
    pending = waiting(period, unit_ids)
    already = _reminded_since(period, _start_of_day(now)) if once_a_day else set()
    addresses = recipients([unit.pk for unit, _ in pending])
    result = ReminderResult(period=period)
    planned = []
    for unit, report in pending:
        if unit.pk in already:
            result.already.append(unit)
        elif not addresses.get(unit.pk):
            result.nobody.append(unit)
        else:
            result.reminded.append((unit, len(addresses[unit.pk])))
            planned.append((unit, report, addresses[unit.pk]))
    if dry_run or not planned:
        return result
    with transaction.atomic():
        reminders = Reminder.objects.bulk_create(
            Reminder(period=period, unit=unit, sent_at=now, sent_by=sent_by, recipients=len(to))
            for unit, _, to in planned
        )
        ReportEvent.objects.bulk_create(
            ReportEvent(
                report=report,
                action=ReportEvent.Action.REMINDED,
                user=sent_by,
                # How many, not who: the history is read by the unit and the Department.
                comment=f"Gửi thư nhắc đến {len(to)} người.",
            )
            for _, report, to in planned
            if report is not None
        )
        # Queued with the records: a database task queue sees both or neither.
        for reminder, (_, _, to) in zip(reminders, planned, strict=True):
            tasks.send_reminder.enqueue(reminder.pk, to)
    return result


def due_periods(today, days_before=DAYS_BEFORE, days_after=DAYS_AFTER):
    """The periods whose deadline is at most ``days_before`` days ahead of ``today``, or
    passed fewer than ``days_after`` days ago."""
    return Period.objects.filter(
        deadline__lte=today + datetime.timedelta(days=days_before),
        deadline__gt=today - datetime.timedelta(days=days_after),
    ).order_by("deadline", "name")


def report_url(period, unit):
    """The absolute address of the unit's report in the admin."""
    path = reverse("reports_unit_report", args=[period.pk, unit.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def message(reminder, report, addresses):
    """The reminder email of ``reminder`` to ``addresses``."""
    period, unit = reminder.period, reminder.unit
    today = timezone.localdate(reminder.sent_at)
    subject = f"Nhắc gửi báo cáo thống kê PBGDPL kỳ “{period}” – {unit}"
    body = render_to_string(
        "reports/dashboard_reminder_email.txt",
        {
            "period": period,
            "unit": unit,
            "report": report,
            "deadline_text": deadline_text(period, today),
            "url": report_url(period, unit),
        },
    )
    # A line break in a header is refused by Django; names come from the admin.
    return EmailMessage(subject=" ".join(subject.split()), body=body, to=addresses)


def deliver(reminder_id, addresses):
    """Send the email of a recorded reminder, unless the unit has sent its report since."""
    reminder = Reminder.objects.select_related("period", "unit").get(pk=reminder_id)
    report = UnitReport.objects.filter(period=reminder.period, unit=reminder.unit).first()
    if report is not None and report.is_counted:
        return False
    message(reminder, report, addresses).send()
    return True
