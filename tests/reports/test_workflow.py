"""The state machine of a unit report, and who may move it."""

import datetime

import pytest

from reports import workflow
from reports.figures import period_totals, report_rows
from reports.models import ActivityRecord, ReportEvent, UnitReport
from tests.reports.conftest import reporter_of

pytestmark = pytest.mark.django_db


def fill(report, user, indicators, **figures):
    """Save figures by code: fill(report, user, indicators, **{"09a.bcv": (12, "")})."""
    entries = {indicators[code].pk: value for code, value in figures.items()}
    return workflow.save_figures(report, user, entries)


def test_a_reporter_starts_fills_and_sends_their_units_report(
    period, ward, ward_reporter, indicators
):
    report = workflow.open_report(period, ward, ward_reporter)
    assert report.status == UnitReport.Status.DRAFT
    fill(report, ward_reporter, indicators, **{"09a.bcv": (12, "")})
    report = workflow.submit(report, ward_reporter)

    assert report.status == UnitReport.Status.SUBMITTED
    assert report.submitted_by == ward_reporter
    assert report.first_submitted_at == report.submitted_at
    assert [event.action for event in report.events.all()] == ["created", "saved", "submitted"]


def test_the_department_accepts_and_the_report_is_locked(
    period, ward, ward_reporter, reviewer, indicators
):
    report = workflow.submit(workflow.open_report(period, ward, ward_reporter), ward_reporter)
    report = workflow.accept(report, reviewer, "Đạt yêu cầu.")
    assert report.status == UnitReport.Status.ACCEPTED
    assert report.reviewed_by == reviewer

    with pytest.raises(workflow.NotAllowed, match="Đã chấp nhận"):
        fill(report, ward_reporter, indicators, **{"09a.bcv": (1, "")})
    with pytest.raises(workflow.NotAllowed, match="Đã chấp nhận"):
        workflow.submit(report, ward_reporter)
    with pytest.raises(workflow.NotAllowed, match="Chỉ duyệt được báo cáo đã gửi"):
        workflow.return_report(report, reviewer, "Sửa lại")


def test_a_returned_report_carries_the_comment_and_can_be_corrected_and_sent_again(
    period, ward, ward_reporter, reviewer, indicators
):
    report = workflow.submit(workflow.open_report(period, ward, ward_reporter), ward_reporter)
    first_sent = report.first_submitted_at

    with pytest.raises(workflow.Invalid, match="lý do trả lại"):
        workflow.return_report(report, reviewer, "  ")
    report = workflow.return_report(report, reviewer, "Thiếu số báo cáo viên.")
    assert report.status == UnitReport.Status.RETURNED
    assert report.review_comment == "Thiếu số báo cáo viên."

    fill(report, ward_reporter, indicators, **{"09a.bcv": (9, "")})
    report = workflow.submit(report, ward_reporter)
    assert report.status == UnitReport.Status.SUBMITTED
    assert report.first_submitted_at == first_sent
    actions = list(report.events.values_list("action", "comment"))
    assert ("returned", "Thiếu số báo cáo viên.") in actions
    assert actions[-1] == ("submitted", "")


def test_a_draft_cannot_be_accepted_or_returned(period, ward, ward_reporter, reviewer):
    report = workflow.open_report(period, ward, ward_reporter)
    with pytest.raises(workflow.NotAllowed, match="Đang soạn"):
        workflow.accept(report, reviewer)


def test_only_reviewers_review(period, ward, ward_reporter, justice_reporter):
    report = workflow.submit(workflow.open_report(period, ward, ward_reporter), ward_reporter)
    for someone in (ward_reporter, justice_reporter):
        with pytest.raises(workflow.NotAllowed, match="Chỉ Sở Tư pháp"):
            workflow.accept(report, someone)
    report.refresh_from_db()
    assert report.status == UnitReport.Status.SUBMITTED


def test_a_reporter_cannot_see_or_change_another_units_report(
    period, ward, justice_department, ward_reporter, justice_reporter, indicators
):
    report = workflow.open_report(period, ward, ward_reporter)
    with pytest.raises(workflow.NotAllowed, match="không xem được"):
        workflow.open_report(period, ward, justice_reporter)
    with pytest.raises(workflow.NotAllowed, match="Chỉ người lập báo cáo của Phường Hạ Long"):
        fill(report, justice_reporter, indicators, **{"09a.bcv": (1, "")})
    with pytest.raises(workflow.NotAllowed, match="Chỉ người lập báo cáo"):
        workflow.open_report(period, justice_department, ward_reporter)


def test_a_unit_editor_without_the_reporter_role_cannot_prepare_reports(period, ward, ward_editor):
    with pytest.raises(workflow.NotAllowed):
        workflow.open_report(period, ward, ward_editor)


def test_a_unit_not_due_for_the_period_cannot_start_a_report(period, other_ward):
    reporter = reporter_of(other_ward, "thongke.coto")
    with pytest.raises(workflow.NotAllowed, match="không thuộc danh sách"):
        workflow.open_report(period, other_ward, reporter)


def test_the_computed_figures_are_frozen_when_sent(period, ward, ward_reporter, indicators):
    ActivityRecord.objects.create(
        unit=ward,
        kind="direct",
        title="Tuyên truyền Luật Đất đai",
        date=datetime.date(2026, 3, 2),
        place="Nhà văn hoá khu 3",
        participants=80,
    )
    report = workflow.submit(workflow.open_report(period, ward, ward_reporter), ward_reporter)
    # Recorded after the report was sent: the sent figure stays as the unit vouched for it.
    ActivityRecord.objects.create(
        unit=ward,
        kind="direct",
        title="Buổi thứ hai",
        date=datetime.date(2026, 4, 2),
        place="Nhà văn hoá khu 5",
        participants=50,
    )
    rows = {row.indicator.code: row for row in report_rows(report)}
    assert rows["09b.cuoc"].value == 1
    assert rows["09b.luot_nguoi"].value == 80
    totals = {item.indicator.code: item.total for item in period_totals(period).indicators}
    assert totals["09b.luot_nguoi"] == 80


def test_every_change_of_figures_is_in_the_history(period, ward, ward_reporter, indicators):
    report = workflow.open_report(period, ward, ward_reporter)
    fill(report, ward_reporter, indicators, **{"09a.bcv": (12, ""), "09e.tong": (5_000_000, "")})
    fill(report, ward_reporter, indicators, **{"09a.bcv": (14, ""), "09e.tong": (5_000_000, "")})
    saved = report.events.filter(action=ReportEvent.Action.SAVED)
    assert [event.changes for event in saved] == [
        {"09a.bcv": {"from": None, "to": 12}, "09e.tong": {"from": None, "to": 5_000_000}},
        {"09a.bcv": {"from": 12, "to": 14}},
    ]
    assert all(event.user == ward_reporter for event in saved)
