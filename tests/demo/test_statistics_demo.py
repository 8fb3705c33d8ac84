"""The demo's PBGDPL statistics: a past period fully accepted, a current one with reports
in every state, activities and publications that make the computed figures non-zero, a
2026 template that adds and retires an indicator, and the two statistics accounts."""

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from demo.accounts import PASSWORD
from home.models import Unit
from reports import roles, workflow
from reports.figures import period_totals, report_rows
from reports.models import (
    ActivityRecord,
    IndicatorTemplate,
    Period,
    ReportEvent,
    ReportValue,
    UnitReport,
)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Loaded once and rolled back after the module; each test runs in a savepoint."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", address="127.0.0.1:8001", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def past(demo, db):
    return Period.objects.get(slug="2025-chinh-thuc")


@pytest.fixture
def current(demo, db):
    return Period.objects.get(slug="2026-so-bo")


def snapshot():
    return {
        "periods": sorted(Period.objects.values_list("slug", "template__name")),
        "due": sorted(Period.units.through.objects.values_list("period__slug", "unit__name")),
        "reports": sorted(
            UnitReport.objects.values_list(
                "period__slug", "unit__name", "status", "first_submitted_at"
            )
        ),
        "values": ReportValue.objects.count(),
        "events": ReportEvent.objects.count(),
        "activities": ActivityRecord.objects.count(),
        "templates": sorted(
            (template.name, len(template.indicators()))
            for template in IndicatorTemplate.objects.all()
        ),
    }


def test_loading_the_demo_again_adds_nothing(demo, db):
    first = snapshot()
    call_command("load_demo_content", address="127.0.0.1:8001", verbosity=0)
    assert snapshot() == first


def test_the_past_period_has_every_due_units_report_accepted(past):
    totals = period_totals(past)
    assert len(totals.units) >= 12
    assert {status.status for status in totals.units} == {"accepted"}
    assert totals.missing == [] and totals.late == []
    # Districts were due for 2025: the period began before they were abolished.
    district = Unit.objects.get(kind=Unit.Kind.DISTRICT_HISTORICAL)
    assert district in totals.submitted
    assert past.template.name == "Mẫu thống kê PBGDPL 2025"
    assert (past.start.isoformat(), past.end.isoformat(), past.deadline.isoformat()) == (
        "2025-01-01",
        "2025-12-31",
        "2025-11-14",
    )


def test_the_current_period_has_reports_in_every_state(current):
    totals = period_totals(current)
    statuses = {status.unit.name: status.status for status in totals.units}
    assert len(statuses) >= 10
    assert set(statuses.values()) == {"accepted", "submitted", "returned", "draft", "missing"}
    assert list(statuses.values()).count("missing") >= 2

    # One report was first sent after the deadline; a report returned and sent again
    # after it was first sent in time.
    assert [unit.name for unit in totals.late] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]
    resent = UnitReport.objects.get(period=current, unit__name="Phường Cẩm Phả")
    assert resent.status == UnitReport.Status.SUBMITTED
    assert resent.first_submitted_at < current.deadline_passes_at < resent.submitted_at
    assert [event.action for event in resent.events.all()] == [
        "created",
        "saved",
        "submitted",
        "returned",
        "saved",
        "submitted",
    ]

    returned = UnitReport.objects.get(period=current, unit__name="Phường Hạ Long")
    assert returned.status == UnitReport.Status.RETURNED
    assert "báo cáo viên pháp luật" in returned.review_comment
    assert returned.events.get(action="returned").comment == returned.review_comment
    assert returned.reviewed_by.username == "thongke.stp"
    assert returned.submitted_by.username == "thongke.halong"


def test_history_is_dated_in_order(current):
    for report in UnitReport.objects.filter(period=current):
        moments = [event.at for event in report.events.all()]
        assert moments == sorted(moments), report
        if report.submitted_at:
            assert report.events.filter(action="submitted").last().at == report.submitted_at


def test_computed_figures_count_the_demos_activities_and_publications(current, past):
    totals = {total.indicator.code: total.total for total in period_totals(current).indicators}
    for code in ("09b.cuoc", "09b.luot_nguoi", "09c.cuoc_thi", "kh.tap_huan", "kh.giao_luu"):
        assert totals[code] > 0, code
    assert totals["kh.san_pham"] > 0
    assert totals["09d.tai_lieu.dang_tai"] > 0

    # A draft shows the figures computed now.
    draft = UnitReport.objects.get(
        period=current, status=UnitReport.Status.DRAFT, unit__name="Đặc khu Vân Đồn"
    )
    rows = {row.indicator.code: row for row in report_rows(draft)}
    assert rows["09b.cuoc"].automatic > 0

    # The district's 2025 publications count in its report.
    district = UnitReport.objects.get(period=past, unit__kind=Unit.Kind.DISTRICT_HISTORICAL)
    assert district.values.get(indicator__code="kh.san_pham").value == 2


def test_the_demos_records_and_reports_keep_the_rules(current, past):
    for record in ActivityRecord.objects.all():
        record.clean()
    sent = UnitReport.objects.filter(status__in=UnitReport.COUNTED)
    assert sent.count() >= 20
    for report in sent:
        assert workflow.problems(report) == {}, report
    overrides = [
        value
        for value in ReportValue.objects.filter(report__in=sent, entered__isnull=False)
        if value.is_override
    ]
    assert overrides
    assert all(value.explanation for value in overrides)


def test_the_2026_template_adds_one_indicator_and_retires_one(current, past):
    before = {indicator.code for indicator in past.template.indicators()}
    after = {indicator.code for indicator in current.template.indicators()}
    assert after - before == {"kh.hoi_dap"}
    assert before - after == {"09b.nguoi_thuc_hien"}
    assert current.template.version == "2026"
    assert "kh.hoi_dap" in current.template.notes
    assert "09b.nguoi_thuc_hien" in current.template.notes

    # Each period reads as filed; the current one compares with the past one by code.
    totals = {total.indicator.code: total for total in period_totals(current).indicators}
    past_totals = {total.indicator.code: total.total for total in period_totals(past).indicators}
    assert past_totals["09b.nguoi_thuc_hien"] > 0
    assert totals["kh.hoi_dap"].total > 0 and totals["kh.hoi_dap"].previous is None
    assert totals["09b.cuoc"].previous == past_totals["09b.cuoc"]


def test_the_statistics_accounts(current):
    users = get_user_model().objects
    ward_reporter = users.get(username="thongke.halong")
    reviewer = users.get(username="thongke.stp")
    ward = Unit.objects.get(name="Phường Hạ Long")

    assert ward_reporter.check_password(PASSWORD) and reviewer.check_password(PASSWORD)
    assert roles.reporting_unit_ids(ward_reporter) == {ward.pk}
    assert not roles.is_reviewer(ward_reporter)
    assert roles.is_reviewer(reviewer)
    assert roles.reporting_unit_ids(reviewer) == frozenset()
    other = UnitReport.objects.get(period=current, unit__name="Sở Nội vụ")
    assert not roles.may_view(ward_reporter, other)
    # The other units' reporters only author the demo's history.
    assert not users.get(username="baocao.snv").has_usable_password()
