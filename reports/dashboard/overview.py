"""What the period dashboard shows, worked out from the period's totals
(``reports.figures.period_totals``) without further queries per unit or indicator."""

from dataclasses import dataclass
from itertools import groupby

from django.utils import timezone

from reports.numbers import change, figure, percent

from . import charts

# The statuses in the order of a report's life, with the colour of their column.
STATUSES = [
    ("missing", "Chưa lập báo cáo", "#b3261e"),
    ("draft", "Đang soạn", "#b35900"),
    ("returned", "Trả lại để sửa", "#7b3fa0"),
    ("submitted", "Đã gửi, chờ duyệt", "#1f5fa8"),
    ("accepted", "Đã chấp nhận", "#2e7d32"),
]
STATUS_LABELS = {key: label for key, label, _ in STATUSES}
# The chart by unit draws this many units at most; its table has them all.
CHART_UNITS = 40


@dataclass
class IndicatorRow:
    indicator: object
    depth: int  # 0 for a total, 1 for its part (“trong đó”), 2 for a part of a part
    total: int
    previous: int | None

    @property
    def total_text(self):
        return figure(self.total, self.indicator.kind)

    @property
    def previous_text(self):
        return figure(self.previous, self.indicator.kind)

    @property
    def change_text(self):
        return change(self.total, self.previous, self.indicator.kind)


@dataclass
class FormGroup:
    form: object
    rows: list


@dataclass
class UnitFigure:
    unit: object
    value: int | None  # None: the unit has not sent its report
    text: str
    share: str


def status_counts(totals):
    """[(status, label, number of units)] in the order of a report's life."""
    counts = dict.fromkeys(STATUS_LABELS, 0)
    for status in totals.units:
        counts[status.status] += 1
    return [(key, label, counts[key]) for key, label, _ in STATUSES]


def status_chart(counts):
    return charts.column_chart(
        [label for _, label, _ in counts],
        [count for _, _, count in counts],
        chart_id="chart-status",
        title="Tình trạng báo cáo của các đơn vị",
        description="; ".join(f"{label}: {count} đơn vị" for _, label, count in counts) + ".",
        colours=[colour for _, _, colour in STATUSES],
    )


def depths(indicators):
    """{indicator id: how many of its ancestors are among ``indicators``}: a part
    (“trong đó”) is indented under its total only when the total is in the template."""
    parents = {indicator.pk: indicator.parent_id for indicator in indicators}

    def depth(pk):
        level = 0
        # Parents never loop (Indicator.clean); the bound only keeps bad data harmless.
        while parents.get(pk) in parents and level < len(parents):
            pk, level = parents[pk], level + 1
        return level

    return {pk: depth(pk) for pk in parents}


def indicator_groups(totals):
    """The indicators' totals grouped by form, in template order."""
    levels = depths([line.indicator for line in totals.indicators])
    rows = [
        IndicatorRow(line.indicator, levels[line.indicator.pk], line.total, line.previous)
        for line in totals.indicators
    ]
    return [
        FormGroup(form, list(members))
        for form, members in groupby(rows, key=lambda row: row.indicator.form)
    ]


def counted_forms(groups):
    """The forms that have count indicators: the ones the comparison chart can draw."""
    return [
        group.form for group in groups if any(row.indicator.kind != "money" for row in group.rows)
    ]


def comparison_rows(groups, form):
    """The count indicators of ``form``: this period against the compared one."""
    return [
        row
        for group in groups
        if group.form == form
        for row in group.rows
        if row.indicator.kind != "money"
    ]


def comparison_chart(rows, period, compared):
    current = charts.Series(period.name, [row.total for row in rows], charts.CURRENT)
    if compared is None:
        return charts.bar_chart(
            [row.indicator.name for row in rows],
            [current],
            chart_id="chart-compare",
            title=f"Các chỉ tiêu số lượng, kỳ “{period.name}”",
            description="Không có kỳ trước để so sánh. "
            + "; ".join(f"{row.indicator.name}: {row.total_text}" for row in rows),
        )
    return charts.bar_chart(
        [row.indicator.name for row in rows],
        [current, charts.Series(compared.name, [row.previous for row in rows], charts.PREVIOUS)],
        chart_id="chart-compare",
        title=f"So sánh kỳ “{period.name}” với kỳ “{compared.name}”",
        description="; ".join(
            f"{row.indicator.name}: {row.total_text}, kỳ trước {row.previous_text}" for row in rows
        ),
    )


def unit_figures(totals, line):
    """Each unit's figure of the indicator total ``line``, largest first; the units that
    have not sent their report come last, without a figure."""
    kind = line.indicator.kind
    sent, waiting = [], []
    for status in totals.units:
        if status.has_submitted:
            value = line.by_unit.get(status.unit.pk, 0)
            sent.append(
                UnitFigure(status.unit, value, figure(value, kind), percent(value, line.total))
            )
        else:
            waiting.append(UnitFigure(status.unit, None, "Chưa gửi báo cáo", ""))
    sent.sort(key=lambda row: -row.value)
    return sent + waiting


def unit_chart(rows, line):
    """The units that sent, largest first; past ``CHART_UNITS`` the table beside the
    chart lists the rest, as a chart that long would not be read."""
    sent = [row for row in rows if row.value is not None]
    indicator = line.indicator
    title = f"“{indicator.name}” theo đơn vị"
    if len(sent) > CHART_UNITS:
        sent = sent[:CHART_UNITS]
        title += f" ({CHART_UNITS} đơn vị có số liệu lớn nhất)"
    return charts.bar_chart(
        [row.unit.name for row in sent],
        [charts.Series(indicator.name, [row.value for row in sent])],
        chart_id="chart-units",
        title=title,
        description="; ".join(f"{row.unit.name}: {row.text}" for row in sent)
        or "Chưa đơn vị nào gửi báo cáo.",
        value_text=lambda value: figure(value, indicator.kind),
    )


def days_late(report, period):
    """Days after the deadline that the report was first sent."""
    return (timezone.localdate(report.first_submitted_at) - period.deadline).days


@dataclass
class UnitLine:
    """A unit in the dashboard's lists: where its report stands."""

    unit: object
    report: object
    status: str
    label: str
    sent: bool
    days_late: int | None  # for a report first sent after the deadline
    reminder: object = None  # the latest Reminder, for units that have not sent


def unit_lines(totals, reminders):
    """(sent, late, not sent): [UnitLine] each, in unit order."""
    lines = [
        UnitLine(
            unit=status.unit,
            report=status.report,
            status=status.status,
            label=STATUS_LABELS[status.status],
            sent=status.has_submitted,
            days_late=days_late(status.report, totals.period) if status.was_late else None,
            reminder=None if status.has_submitted else reminders.get(status.unit.pk),
        )
        for status in totals.units
    ]
    sent = [line for line in lines if line.sent]
    late = [line for line in sent if line.days_late is not None]
    return sent, late, [line for line in lines if not line.sent]
