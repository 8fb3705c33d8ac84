"""Reports sent through the workflow, as units send them, for the tests of what is read
out of them (exports, the totals command, the API)."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from home.models import Unit
from reports import workflow
from reports.models import ActivityRecord, Period, UnitReport
from tests.factories import UnitFactory

# A unit name typed as a formula: every export must show it as text.
FORMULA_NAME = '=HYPERLINK("http://lừa-đảo.example","Xã Đảo")'
FORMULA_EXPLANATION = '=HYPERLINK("http://lừa-đảo.example","Xem giải trình")'


def moment(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 9, 30))


def send_report(period, unit, reporter, figures, *, explanations=None, notes="", sent=None):
    """``unit``'s report with ``figures`` ({code: figure}), sent by ``reporter`` (first
    sent at ``sent``, an aware datetime, when given)."""
    explanations = explanations or {}
    indicators = {indicator.code: indicator for indicator in period.template.indicators()}
    report = workflow.open_report(period, unit, reporter)
    entries = {
        indicators[code].pk: (figure, explanations.get(code, ""))
        for code, figure in figures.items()
    }
    workflow.save_figures(report, reporter, entries, notes=notes)
    report = workflow.submit(report, reporter)
    if sent is not None:
        UnitReport.objects.filter(pk=report.pk).update(first_submitted_at=sent, submitted_at=sent)
        report.refresh_from_db()
    return report


@dataclass
class Province:
    period: Period
    previous: Period
    ward_report: UnitReport
    justice_report: UnitReport
    formula_unit: Unit


def province(period, ward, justice_department, ward_reporter, justice_reporter, reviewer):
    """The 2026 period of the fixtures, and the 2025 one it is compared with:

    - Phường Hạ Long sent on time (1 November 2026): 12 legal rapporteurs, 1.5 million
      đồng (state budget 1 million: 600,000 recurring and 400,000 for programmes; other
      sources 500,000), one direct session with 120 people recorded as an activity, and
      5 sessions reported, with an explanation typed as a formula;
    - the Department of Justice sent late (20 November): 30 rapporteurs, 2 million đồng
      of state budget;
    - a commune whose name is a formula has not sent anything;
    - in 2025 Phường Hạ Long reported 10 rapporteurs, accepted.
    """
    formula_unit = UnitFactory(name=FORMULA_NAME, kind=Unit.Kind.COMMUNE, sort_order=9)
    period.units.add(formula_unit)
    ActivityRecord.objects.create(
        unit=ward,
        kind=ActivityRecord.Kind.DIRECT,
        title="Tuyên truyền Luật Đất đai",
        date=datetime.date(2026, 3, 8),
        place="Nhà văn hoá khu 3",
        participants=120,
        presenters=2,
    )
    ward_report = send_report(
        period,
        ward,
        ward_reporter,
        {
            "09a.bcv": 12,
            "09b.cuoc": 5,
            "09e.tong": 1_500_000,
            "09e.nsnn": 1_000_000,
            "09e.nsnn.thuong_xuyen": 600_000,
            "09e.nsnn.chuong_trinh": 400_000,
            "09e.khac": 500_000,
        },
        explanations={"09b.cuoc": FORMULA_EXPLANATION},
        notes="Đã tổ chức tốt Ngày Pháp luật.",
        sent=moment(2026, 11, 1),
    )
    justice_report = send_report(
        period,
        justice_department,
        justice_reporter,
        {"09a.bcv": 30, "09e.tong": 2_000_000, "09e.nsnn": 2_000_000},
        sent=moment(2026, 11, 20),
    )
    previous = Period.objects.create(
        name="Năm 2025 (chính thức)",
        slug="2025-chinh-thuc",
        kind=Period.Kind.OFFICIAL_ANNUAL,
        start=datetime.date(2025, 1, 1),
        end=datetime.date(2025, 12, 31),
        deadline=datetime.date(2025, 11, 14),
        template=period.template,
    )
    previous.units.set([ward])
    workflow.accept(
        send_report(previous, ward, ward_reporter, {"09a.bcv": 10}, sent=moment(2025, 11, 3)),
        reviewer,
    )
    return Province(period, previous, ward_report, justice_report, formula_unit)
