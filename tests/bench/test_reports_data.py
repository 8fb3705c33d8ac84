"""The statistics benchmark's data (bench/reports/data.py), at a small size: every report
sent and valid, parts grouped under their totals, and the export it times works."""

import io

from openpyxl import load_workbook

from bench.reports.data import build
from reports.exports.totals_xlsx import write_totals_xlsx
from reports.figures import period_totals
from reports.models import ReportValue, UnitReport
from reports.validation import check_figures


def test_a_small_province_is_built_sent_valid_and_exportable(db):
    built = build(units=3, indicators=10, seed=3)
    assert len(built.template.indicators()) == 10
    parts = [indicator for indicator in built.indicators if indicator.parent_id]
    assert parts and all(part.parent.form_id == part.form_id for part in parts)
    assert {indicator.kind for indicator in built.indicators} == {"count"}

    reports = UnitReport.objects.filter(period=built.period)
    assert sorted(report.status for report in reports) == ["submitted"] * 3
    assert ReportValue.objects.filter(report__period=built.period).count() == 3 * 10
    for report in reports:
        values = {value.indicator_id: value.value for value in report.values.all()}
        assert check_figures(built.indicators, values) == {}
        assert all(value.explanation for value in report.values.all() if value.is_override)

    totals = period_totals(built.period)
    assert len(totals.submitted) == 3 and totals.missing == []
    assert all(line.previous is not None for line in totals.indicators)
    stream = io.BytesIO()
    write_totals_xlsx(totals, stream)
    assert load_workbook(stream).sheetnames[0] == "Tổng hợp"


def test_every_fifth_group_is_money_split_into_sources(db):
    built = build(units=1, indicators=20, seed=1)
    money = [indicator for indicator in built.indicators if indicator.kind == "money"]
    assert [indicator.code for indicator in money] == [f"bench.{n:03d}" for n in range(16, 20)]
    assert money[0].parts_are_exclusive
