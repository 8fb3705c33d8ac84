"""What the statistics benchmark measures on: a province-sized period, every report sent.

A synthetic template of ``indicators`` indicators spread over the Ministry's forms, in
groups of four as the real forms have them: a count with two parts (“Trong đó: …”) and
a standalone count, or, every fifth group, a sum of money split into two sources that
do not overlap and a standalone sum. ``units`` communes must report; each has sent its
report (one in ten after the deadline) with a figure for every indicator, parts within
their totals, and a computed figure beside the unit's own for the indicators with a
source. The year before is the same, accepted, so that the year-over-year columns have
something to compare.

Rows are written in bulk: the benchmark measures reading the figures, not sending them.
"""

import datetime
import random
from dataclasses import dataclass

FIRST_YEAR, YEAR = 2025, 2026
# (kind, part of the group's first indicator, source) of each indicator of a group.
COUNT_GROUP = [
    ("count", False, "activities.direct.sessions"),
    ("count", True, "activities.direct.online"),
    ("count", True, ""),
    ("count", False, "activities.direct.attendance"),
]
MONEY_GROUP = [
    ("money", False, ""),
    ("money", True, ""),
    ("money", True, ""),
    ("money", False, ""),
]
TOPICS = [
    "PBGDPL trực tiếp",
    "hội nghị tập huấn",
    "thi tìm hiểu pháp luật",
    "tài liệu phát hành",
    "tuyên truyền trên loa truyền thanh",
    "hòa giải ở cơ sở",
    "tủ sách pháp luật",
    "đối thoại chính sách",
]


@dataclass
class Built:
    period: object
    previous: object
    template: object
    reviewer: object
    units: list
    indicators: list


def build(units=200, indicators=60, seed=1):
    """Write the data; the period's ``Built``. Needs the migrated database only."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from reports import roles

    rng = random.Random(seed)
    template, made = _template(indicators)
    unit_rows = _units(units)
    previous = _period(FIRST_YEAR, template, unit_rows, None)
    period = _period(YEAR, template, unit_rows, previous)
    _reports(previous, unit_rows, made, rng, status="accepted", late_share=0)
    _reports(period, unit_rows, made, rng, status="submitted", late_share=0.1)
    reviewer = get_user_model().objects.create_user("tonghop.bench", password="bench-password")  # noqa: S106
    reviewer.groups.add(Group.objects.get(name=roles.REVIEWERS_GROUP))
    return Built(period, previous, template, reviewer, unit_rows, made)


def _template(count):
    from reports.models import Indicator, IndicatorTemplate, StatisticsForm, TemplateLine

    forms = list(StatisticsForm.objects.order_by("sort_order"))
    template = IndicatorTemplate.objects.create(
        name=f"Mẫu thử {count} chỉ tiêu", version=f"bench-{count}"
    )
    made = []
    per_form = -(-count // len(forms))
    for number in range(count):
        group, place = divmod(number, len(COUNT_GROUP))
        kind, is_part, source = (MONEY_GROUP if group % 5 == 4 else COUNT_GROUP)[place]
        head = made[group * len(COUNT_GROUP)] if is_part else None
        topic = TOPICS[group % len(TOPICS)]
        measure = "đồng" if kind == "money" else "cuộc"
        made.append(
            Indicator.objects.create(
                code=f"bench.{number:03d}",
                name=(f"Trong đó: {topic} ({number})" if is_part else f"Số {topic} ({number})"),
                measure=measure,
                kind=kind,
                form=forms[min(number // per_form, len(forms) - 1)] if head is None else head.form,
                parent=head,
                parts_are_exclusive=kind == "money" and place == 0,
                source=source,
            )
        )
    TemplateLine.objects.bulk_create(
        TemplateLine(template=template, indicator=indicator, sort_order=position)
        for position, indicator in enumerate(made)
    )
    return template, made


def _units(count):
    from home.models import Unit

    return Unit.objects.bulk_create(
        Unit(
            name=f"Xã thử nghiệm {number:03d}",
            slug=f"xa-thu-nghiem-{number:03d}",
            kind=Unit.Kind.COMMUNE,
            sort_order=number,
        )
        for number in range(count)
    )


def _period(year, template, units, compare_with):
    from reports.models import Period

    period = Period.objects.create(
        name=f"Năm {year} (thử nghiệm)",
        slug=f"thu-nghiem-{year}",
        kind=Period.Kind.OFFICIAL_ANNUAL,
        start=datetime.date(year, 1, 1),
        end=datetime.date(year, 12, 31),
        deadline=datetime.date(year, 11, 14),
        template=template,
        compare_with=compare_with,
    )
    period.units.set(units)
    return period


def _reports(period, units, indicators, rng, *, status, late_share):
    from django.utils import timezone

    from reports.models import ReportValue, UnitReport

    on_time = timezone.make_aware(datetime.datetime(period.end.year, 11, 10, 9))
    late = timezone.make_aware(datetime.datetime(period.end.year, 11, 20, 9))
    reports = UnitReport.objects.bulk_create(
        UnitReport(
            period=period,
            unit=unit,
            status=status,
            first_submitted_at=late if rng.random() < late_share else on_time,
            submitted_at=on_time,
            notes=f"Kết quả năm {period.end.year} của {unit.name}.",
        )
        for unit in units
    )
    values = []
    for report in reports:
        figures = {}
        for indicator in indicators:
            if indicator.parent_id is None:
                top = 50_000_000 if indicator.kind == "money" else 300
                figure = rng.randrange(top)
            else:
                # Two parts share at most their total.
                figure = rng.randrange(figures[indicator.parent_id] // 2 + 1)
            figures[indicator.pk] = figure
            computed = figure if indicator.source else None
            if computed is not None and rng.random() < 0.2:
                computed = max(0, figure - rng.randrange(1, 5))
            values.append(
                ReportValue(
                    report=report,
                    indicator=indicator,
                    automatic=computed,
                    entered=None if computed == figure else figure,
                    explanation="" if computed in (None, figure) else "Bổ sung số liệu còn thiếu.",
                )
            )
    ReportValue.objects.bulk_create(values, batch_size=2000)
