"""Indicators are data: a new year's template adds and retires indicators without
touching past reports; periods choose their units from their dates."""

import datetime

import pytest

from django.core.exceptions import ValidationError

from home.models import Unit
from reports import workflow
from reports.figures import period_totals, report_rows
from reports.models import Indicator, IndicatorTemplate, Period, TemplateLine, units_due_for
from tests.factories import UnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def template_2026(template, indicators):
    """2026 adds “Q&A answered” and retires “people who did direct dissemination”."""
    new = IndicatorTemplate.objects.create(name="Mẫu thống kê PBGDPL 2026", version="2026")
    kept = [code for code in indicators if code != "09b.nguoi_thuc_hien"]
    answered = Indicator.objects.create(
        code="kh.hoi_dap",
        name="Số câu hỏi pháp luật được trả lời",
        measure="câu hỏi",
        kind=Indicator.Kind.COUNT,
        form=indicators["kh.giao_luu"].form,
    )
    for position, code in enumerate([*kept, "kh.hoi_dap"]):
        indicator = answered if code == "kh.hoi_dap" else indicators[code]
        TemplateLine.objects.create(template=new, indicator=indicator, sort_order=position)
    return new


def annual(year, template, units):
    period = Period.objects.create(
        name=f"Năm {year}",
        slug=f"{year}",
        kind=Period.Kind.OFFICIAL_ANNUAL,
        start=datetime.date(year, 1, 1),
        end=datetime.date(year, 12, 31),
        deadline=datetime.date(year, 11, 14),
        template=template,
    )
    period.units.set(units)
    return period


def sent(period, unit, user, reviewer, figures):
    report = workflow.open_report(period, unit, user)
    by_code = {indicator.code: indicator.pk for indicator in period.template.indicators()}
    entries = {
        by_code[code]: value if isinstance(value, tuple) else (value, "")
        for code, value in figures.items()
    }
    workflow.save_figures(report, user, entries)
    return workflow.accept(workflow.submit(report, user), reviewer)


def test_a_new_template_adds_and_retires_indicators_and_past_reports_read_as_filed(
    template, template_2026, ward, ward_reporter, reviewer
):
    past = annual(2025, template, [ward])
    current = annual(2026, template_2026, [ward])
    old = sent(
        past,
        ward,
        ward_reporter,
        reviewer,
        {"09a.bcv": 10, "09b.nguoi_thuc_hien": (4, "Bốn báo cáo viên của huyện hỗ trợ.")},
    )
    sent(current, ward, ward_reporter, reviewer, {"09a.bcv": 12, "kh.hoi_dap": 35})

    past_codes = [row.indicator.code for row in report_rows(old)]
    assert "09b.nguoi_thuc_hien" in past_codes
    assert "kh.hoi_dap" not in past_codes
    assert {row.indicator.code: row.value for row in report_rows(old)}["09b.nguoi_thuc_hien"] == 4

    totals = {item.indicator.code: item for item in period_totals(current).indicators}
    assert "09b.nguoi_thuc_hien" not in totals
    assert totals["kh.hoi_dap"].total == 35
    assert totals["kh.hoi_dap"].previous is None  # did not exist in 2025
    assert (totals["09a.bcv"].total, totals["09a.bcv"].previous) == (12, 10)


def test_the_compared_period_is_last_years_of_the_same_kind_unless_chosen(template, ward):
    last_year = annual(2025, template, [ward])
    this_year = annual(2026, template, [ward])
    assert this_year.previous() == last_year
    assert last_year.previous() is None
    chosen = Period.objects.create(
        name="6 tháng 2026",
        slug="6t-2026",
        kind=Period.Kind.SIX_MONTH,
        start=datetime.date(2026, 1, 1),
        end=datetime.date(2026, 6, 30),
        deadline=datetime.date(2026, 7, 10),
        template=template,
    )
    this_year.compare_with = chosen
    assert this_year.previous() == chosen


def test_a_report_first_sent_after_the_deadline_day_is_late(period, ward, ward_reporter):
    report = workflow.submit(workflow.open_report(period, ward, ward_reporter), ward_reporter)
    local = datetime.timezone(datetime.timedelta(hours=7))
    report.first_submitted_at = datetime.datetime(2026, 11, 14, 23, 59, tzinfo=local)
    assert not report.was_late  # the deadline day counts in full, in Vietnam's time
    report.first_submitted_at = datetime.datetime(2026, 11, 15, 0, 0, tzinfo=local)
    assert report.was_late


def test_units_due_follow_the_1_july_2025_reorganisation(db):
    department = UnitFactory(name="Sở Y tế", kind=Unit.Kind.DEPARTMENT)
    commune = UnitFactory(name="Phường Bãi Cháy", kind=Unit.Kind.COMMUNE)
    district = UnitFactory(
        name="Huyện Vân Đồn (cũ)", kind=Unit.Kind.DISTRICT_HISTORICAL, is_active=False
    )
    retired = UnitFactory(name="Sở đã sáp nhập", kind=Unit.Kind.DEPARTMENT, is_active=False)

    def due(start, end):
        return set(units_due_for(start, end))

    assert due(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)) == {department, district}
    assert due(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)) == {
        department,
        commune,
        district,
    }
    assert due(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)) == {department, commune}
    assert retired not in due(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))


def test_an_indicator_cannot_be_part_of_itself_or_of_another_kind(indicators):
    total = indicators["09e.tong"]
    total.parent = indicators["09e.nsnn"]
    with pytest.raises(ValidationError, match="vòng lặp"):
        total.full_clean()
    online = indicators["09b.cuoc.truc_tuyen"]
    online.parent = indicators["09e.tong"]
    with pytest.raises(ValidationError, match="cùng loại số liệu"):
        online.full_clean()
    online.parent, online.source = indicators["09b.cuoc"], "khong.co"
    with pytest.raises(ValidationError):
        online.full_clean()


def test_period_dates_are_checked(template):
    period = Period(
        name="Sai",
        slug="sai",
        kind=Period.Kind.CUSTOM,
        template=template,
        start=datetime.date(2026, 6, 1),
        end=datetime.date(2026, 1, 1),
        deadline=datetime.date(2025, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        period.full_clean()
    assert set(error.value.message_dict) == {"end", "deadline"}
