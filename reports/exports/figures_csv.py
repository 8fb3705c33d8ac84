"""A period's figures as CSV in long format, one row per unit and indicator, for those
who analyse them in a spreadsheet or a statistics program: the reports that count
(submitted or accepted), with the computed figure, the unit's own and its explanation.

UTF-8 with a byte order mark, so that Excel reads the Vietnamese right; no cell runs as
a formula."""

import csv
import io

from reports.models import ReportValue, UnitReport

from .cells import local_date, text

HEADER = [
    "Kỳ báo cáo",
    "Mã đơn vị",
    "Tên đơn vị",
    "Trạng thái",
    "Ngày gửi (lần đầu)",
    "Gửi muộn",
    "Biểu",
    "Mã chỉ tiêu",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Số liệu báo cáo",
    "Số hệ thống tính",
    "Số đơn vị nhập",
    "Giải trình",
]


def figure_rows(totals):
    """The header, then a row per counted report and indicator of the template."""
    yield HEADER
    period = totals.period
    stored = {
        (unit_id, indicator_id): (automatic, entered, explanation)
        for unit_id, indicator_id, automatic, entered, explanation in ReportValue.objects.filter(
            report__period=period, report__status__in=UnitReport.COUNTED
        ).values_list("report__unit_id", "indicator_id", "automatic", "entered", "explanation")
    }
    indicators = [line.indicator for line in totals.indicators]
    for status in totals.units:
        if not status.has_submitted:
            continue
        report, unit = status.report, status.unit
        for indicator in indicators:
            automatic, entered, explanation = stored.get((unit.pk, indicator.pk), (None,) * 3)
            yield [
                period.slug,
                unit.slug,
                unit.name,
                report.get_status_display(),
                local_date(report.first_submitted_at).strftime("%d/%m/%Y"),
                "x" if status.was_late else "",
                indicator.form.code,
                indicator.code,
                indicator.name,
                indicator.measure,
                entered if entered is not None else automatic,
                automatic,
                entered,
                explanation or "",
            ]


def figures_csv(totals):
    """The rows of ``figure_rows`` as CSV bytes."""
    stream = io.StringIO()
    stream.write("\ufeff")
    writer = csv.writer(stream)
    for row in figure_rows(totals):
        writer.writerow([text(value) if isinstance(value, str) else value for value in row])
    return stream.getvalue().encode("utf-8")
