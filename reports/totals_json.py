"""A period's totals as plain data: what ``manage.py report_totals --format json`` prints
and the API's totals endpoint answers. Units and periods are named by their slugs, which
other systems keep; indicators by their stable codes."""


def totals_as_dict(totals):
    """``totals`` (``reports.figures.PeriodTotals``) as JSON-ready data."""
    period = totals.period
    slugs = {status.unit.pk: status.unit.slug for status in totals.units}
    return {
        "period": period.slug,
        "period_name": period.name,
        "deadline": period.deadline.isoformat(),
        "submitted": [unit.slug for unit in totals.submitted],
        "late": [unit.slug for unit in totals.late],
        "missing": [unit.slug for unit in totals.missing],
        "indicators": [_indicator(line, slugs) for line in totals.indicators],
    }


def _indicator(line, slugs):
    indicator = line.indicator
    return {
        "code": indicator.code,
        "name": indicator.name,
        "unit": indicator.measure,
        "total": line.total,
        "previous_total": line.previous,
        # In the units' order, as the statuses list them.
        "by_unit": {
            slugs[unit_id]: line.by_unit[unit_id] for unit_id in slugs if unit_id in line.by_unit
        },
        "automatic": indicator.is_automatic,
    }
