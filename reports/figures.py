"""A report's figures, and a period's totals.

The computed figure of an indicator with a source is live while a report is a draft or
returned, and frozen when it is sent (``freeze``): pages unpublished or activities edited
afterwards do not change a figure the unit has vouched for.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction

from . import sources
from .models import ReportValue, UnitReport


@dataclass
class Row:
    indicator: object
    automatic: int | None
    entered: int | None
    explanation: str

    @property
    def value(self):
        return self.entered if self.entered is not None else self.automatic

    @property
    def is_automatic(self):
        return self.indicator.is_automatic

    @property
    def is_override(self):
        return (
            self.automatic is not None
            and self.entered is not None
            and (self.entered != self.automatic)
        )

    @property
    def is_part(self):
        return self.indicator.parent_id is not None


def automatic_figures(period, indicators, unit_ids):
    """{indicator id: {unit id: figure}} for the indicators that have a source; a unit
    without any gets 0."""
    unit_ids = list(unit_ids)
    keys = {indicator.source for indicator in indicators if indicator.source}
    computed = sources.compute(keys, period, unit_ids)
    return {
        indicator.pk: {
            unit_id: computed.get(indicator.source, {}).get(unit_id, 0) for unit_id in unit_ids
        }
        for indicator in indicators
        if indicator.source in computed
    }


def report_rows(report, indicators=None):
    """The rows of ``report`` in template order."""
    indicators = indicators if indicators is not None else report.period.template.indicators()
    # A report not started yet (shown to its unit before saving) has no figures stored.
    stored = {value.indicator_id: value for value in report.values.all()} if report.pk else {}
    live = (
        automatic_figures(report.period, indicators, [report.unit_id])
        if report.is_editable or report.pk is None
        else {}
    )
    rows = []
    for indicator in indicators:
        value = stored.get(indicator.pk)
        if indicator.pk in live:
            automatic = live[indicator.pk][report.unit_id]
        else:
            automatic = value.automatic if value else None
        rows.append(
            Row(
                indicator=indicator,
                automatic=automatic if indicator.is_automatic else None,
                entered=value.entered if value else None,
                explanation=value.explanation if value else "",
            )
        )
    return rows


@transaction.atomic
def freeze(report, rows):
    """Keep the computed figures of ``rows`` as they are now in ``report``."""
    stored = {value.indicator_id: value for value in report.values.all()}
    for row in rows:
        if not row.is_automatic:
            continue
        value = stored.get(row.indicator.pk)
        if value is None:
            ReportValue.objects.create(
                report=report, indicator=row.indicator, automatic=row.automatic
            )
        elif value.automatic != row.automatic:
            value.automatic = row.automatic
            value.save(update_fields=["automatic"])


@dataclass
class UnitStatus:
    unit: object
    report: UnitReport | None

    @property
    def status(self):
        return self.report.status if self.report else "missing"

    @property
    def has_submitted(self):
        return bool(self.report and self.report.is_counted)

    @property
    def was_late(self):
        return bool(self.report and self.report.is_counted and self.report.was_late)


@dataclass
class IndicatorTotal:
    indicator: object
    total: int
    by_unit: dict  # {unit id: figure} of the reports that count
    previous: int | None = None  # the compared period's total, when it had the indicator


@dataclass
class PeriodTotals:
    period: object
    units: list  # [UnitStatus], in unit order
    indicators: list = field(default_factory=list)  # [IndicatorTotal], in template order

    @property
    def submitted(self):
        return [status.unit for status in self.units if status.has_submitted]

    @property
    def late(self):
        return [status.unit for status in self.units if status.was_late]

    @property
    def missing(self):
        return [status.unit for status in self.units if not status.has_submitted]


def unit_statuses(period):
    """Where each unit due to report stands, and the reports of units no longer due."""
    reports = {
        report.unit_id: report
        for report in UnitReport.objects.filter(period=period).select_related("unit", "period")
    }
    units = list(period.units.all())
    due = {unit.pk for unit in units}
    units += [report.unit for unit_id, report in reports.items() if unit_id not in due]
    units.sort(key=lambda unit: (unit.sort_order, unit.name))
    return [UnitStatus(unit=unit, report=reports.get(unit.pk)) for unit in units]


def period_totals(period, compare=True):
    """The period's totals by indicator and by unit, counting the reports that were sent
    (submitted or accepted), against the compared period's totals by indicator code."""
    statuses = unit_statuses(period)
    indicators = period.template.indicators()
    by_indicator = _counted_values(period)
    totals = PeriodTotals(period=period, units=statuses)
    previous = _previous_totals(period) if compare else {}
    for indicator in indicators:
        by_unit = by_indicator.get(indicator.pk, {})
        totals.indicators.append(
            IndicatorTotal(
                indicator=indicator,
                total=sum(by_unit.values()),
                by_unit=by_unit,
                previous=previous.get(indicator.code),
            )
        )
    return totals


def _counted_values(period):
    """{indicator id: {unit id: figure}} over the reports that count."""
    rows = ReportValue.objects.filter(
        report__period=period, report__status__in=UnitReport.COUNTED
    ).values_list("indicator_id", "report__unit_id", "automatic", "entered")
    values = defaultdict(dict)
    for indicator_id, unit_id, automatic, entered in rows:
        value = entered if entered is not None else automatic
        if value is not None:
            values[indicator_id][unit_id] = value
    return values


def _previous_totals(period):
    """{indicator code: total} of the period this one is compared with."""
    previous = period.previous()
    if previous is None:
        return {}
    counted = _counted_values(previous)
    return {
        indicator.code: sum(counted.get(indicator.pk, {}).values())
        for indicator in previous.template.indicators()
    }
