"""A unit's reporter fills in the report in the admin: clear messages for bad figures,
an explanation for every changed computed figure, nothing lost on an error."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from reports.models import ActivityRecord, ReportValue, UnitReport

pytestmark = pytest.mark.django_db


@pytest.fixture
def screen(period, ward):
    return reverse("reports_unit_report", args=[period.pk, ward.pk])


@pytest.fixture
def signed_in(client, ward_reporter):
    client.force_login(ward_reporter)
    return client


def refused(response):
    """Wagtail answers a refusal by sending the person back to the dashboard."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def field(indicators, code, prefix="value"):
    return f"{prefix}_{indicators[code].pk}"


def test_a_reporter_sees_the_computed_figures_before_starting(signed_in, screen, ward, indicators):
    ActivityRecord.objects.create(
        unit=ward,
        kind="direct",
        title="Tuyên truyền",
        date=datetime.date(2026, 3, 2),
        place="Nhà văn hoá",
        participants=1250,
    )
    response = signed_in.get(screen)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Biểu 09b/BTP/PBGDPL – PBGDPL trực tiếp" in html
    assert "1.250" in html  # the computed attendance, Vietnamese thousands
    assert "Chưa lập" in html
    assert not UnitReport.objects.exists()  # looking creates nothing


def test_figures_are_saved_as_typed_the_vietnamese_way(signed_in, screen, indicators):
    response = signed_in.post(
        screen,
        {
            field(indicators, "09a.bcv"): "12",
            field(indicators, "09e.tong"): "15.000.000",
            field(indicators, "09e.nsnn"): "10 000 000",
            "notes": "Đã tổ chức đủ các hội nghị.",
            "action": "save",
        },
    )
    assert response.status_code == 302
    report = UnitReport.objects.get()
    assert report.status == UnitReport.Status.DRAFT
    assert report.notes == "Đã tổ chức đủ các hội nghị."
    values = {v.indicator.code: v.entered for v in ReportValue.objects.select_related("indicator")}
    assert values == {"09a.bcv": 12, "09e.tong": 15_000_000, "09e.nsnn": 10_000_000}


@pytest.mark.parametrize(
    ("code", "typed", "message"),
    [
        ("09a.bcv", "-3", "Không nhập số âm."),
        ("09a.bcv", "2,5", "Nhập số nguyên, không có phần lẻ."),
        ("09e.tong", "1500000,50", "Kinh phí tính bằng đồng, không có phần lẻ"),
        ("09e.tong", "1.5", "Kinh phí tính bằng đồng, không có phần lẻ"),
        ("09a.bcv", "mười hai", "Nhập một số nguyên"),
    ],
)
def test_bad_figures_get_a_clear_message_and_lose_nothing(
    signed_in, screen, indicators, code, typed, message
):
    response = signed_in.post(
        screen,
        {
            field(indicators, code): typed,
            field(indicators, "09b.cuoc"): "",
            "notes": "Giữ lại",
            "action": "save",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert f'value="{typed}"' in html  # what was typed is still there
    assert "Giữ lại" in html
    assert not ReportValue.objects.exists()


def test_a_changed_computed_figure_needs_an_explanation(signed_in, screen, ward, indicators):
    ActivityRecord.objects.create(
        unit=ward,
        kind="direct",
        title="Tuyên truyền",
        date=datetime.date(2026, 3, 2),
        place="Nhà văn hoá",
        participants=100,
    )
    response = signed_in.post(screen, {field(indicators, "09b.cuoc"): "3", "action": "submit"})
    assert response.status_code == 200
    row = BeautifulSoup(response.content, "html.parser").find(id="indicator-09b.cuoc")
    explanation_cell = row.find("td", attrs={"data-label": "Giải trình"})
    # The message sits beside the box to fill.
    assert "hệ thống tính được 1; đơn vị sửa thành 3 thì cần ghi giải trình" in (
        explanation_cell.get_text()
    )
    assert not ReportValue.objects.filter(entered__isnull=False).exists()

    response = signed_in.post(
        screen,
        {
            field(indicators, "09b.cuoc"): "3",
            field(indicators, "09b.cuoc", "why"): "Hai buổi ở khu 4, khu 6 chưa ghi nhận kịp.",
            "action": "submit",
        },
    )
    assert response.status_code == 302
    report = UnitReport.objects.get()
    assert report.status == UnitReport.Status.SUBMITTED
    value = report.values.get(indicator__code="09b.cuoc")
    assert (value.automatic, value.entered, value.value) == (1, 3, 3)
    assert value.explanation == "Hai buổi ở khu 4, khu 6 chưa ghi nhận kịp."
    page = signed_in.get(screen).content.decode()
    assert "đã sửa" in page  # the override is shown beside the computed figure
    history = BeautifulSoup(page, "html.parser").select_one(".reports-history").get_text(" ")
    assert "Số cuộc PBGDPL trực tiếp: — → 3 (giải trình: Hai buổi ở khu 4" in " ".join(
        history.split()
    )


def test_parts_above_their_total_stop_the_report_being_sent(signed_in, screen, indicators):
    response = signed_in.post(
        screen,
        {
            field(indicators, "09e.tong"): "10.000.000",
            field(indicators, "09e.nsnn"): "8.000.000",
            field(indicators, "09e.khac"): "3.000.000",
            field(indicators, "09e.nsnn.thuong_xuyen"): "9.000.000",
            "action": "submit",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Đã lưu nhưng chưa gửi" in html
    assert (
        "“Trong đó: chi thường xuyên” (9.000.000 đồng) lớn hơn “Ngân sách nhà nước” "
        "(8.000.000 đồng)." in html
    )
    assert "(11.000.000 đồng) lớn hơn “Tổng kinh phí PBGDPL” (10.000.000 đồng)." in html
    report = UnitReport.objects.get()
    assert report.status == UnitReport.Status.DRAFT
    assert report.values.get(indicator__code="09e.khac").entered == 3_000_000


def test_another_units_reporter_is_refused(client, justice_reporter, screen, indicators):
    client.force_login(justice_reporter)
    assert refused(client.get(screen))
    assert refused(client.post(screen, {field(indicators, "09a.bcv"): "1"}))
    assert not UnitReport.objects.exists()


def test_a_sent_report_is_read_only_for_its_unit(signed_in, screen, indicators):
    signed_in.post(screen, {field(indicators, "09a.bcv"): "7", "action": "submit"})
    page = signed_in.get(screen).content.decode()
    assert "Đã gửi, chờ duyệt" in page
    assert 'name="value_' not in page
    response = signed_in.post(screen, {field(indicators, "09a.bcv"): "8", "action": "save"})
    assert refused(response)
    assert UnitReport.objects.get().values.get(indicator__code="09a.bcv").entered == 7


def test_the_periods_list_shows_a_reporter_their_units_report(signed_in, period, ward):
    page = signed_in.get(reverse("reports_periods")).content.decode()
    assert period.name in page
    assert reverse("reports_unit_report", args=[period.pk, ward.pk]) in page
    assert "Xem tổng hợp" not in page


def test_people_without_a_statistics_role_are_kept_out(client, ward_editor, period, ward):
    client.force_login(ward_editor)
    assert refused(client.get(reverse("reports_periods")))
    assert refused(client.get(reverse("reports_unit_report", args=[period.pk, ward.pk])))


def test_a_started_report_can_be_downloaded_by_its_unit(signed_in, screen, indicators):
    assert "Tải báo cáo (XLSX)" not in signed_in.get(screen).content.decode()
    signed_in.post(screen, {field(indicators, "09a.bcv"): "7", "action": "save"})
    report = UnitReport.objects.get()
    page = signed_in.get(screen).content.decode()
    download = reverse("reports_report_xlsx", args=[report.pk])
    assert f'href="{download}"' in page
    assert signed_in.get(download).status_code == 200


@pytest.fixture
def sent(signed_in, screen, indicators):
    signed_in.post(screen, {field(indicators, "09a.bcv"): "7", "action": "submit"})
    return UnitReport.objects.get()


def test_the_department_accepts_a_sent_report_from_its_screen(client, reviewer, sent, screen):
    client.force_login(reviewer)
    page = client.get(screen).content.decode()
    assert "Duyệt báo cáo" in page
    response = client.post(reverse("reports_review", args=[sent.pk]), {"action": "accept"})
    assert response.status_code == 302
    sent.refresh_from_db()
    assert (sent.status, sent.reviewed_by) == (UnitReport.Status.ACCEPTED, reviewer)


def test_a_return_without_a_reason_is_refused_and_changes_nothing(client, reviewer, sent, screen):
    client.force_login(reviewer)
    review = reverse("reports_review", args=[sent.pk])
    page = client.post(review, {"action": "return", "comment": " "}, follow=True)
    assert "Ghi rõ lý do trả lại để đơn vị biết cần sửa gì." in page.content.decode()
    sent.refresh_from_db()
    assert sent.status == UnitReport.Status.SUBMITTED

    client.post(review, {"action": "return", "comment": "Bổ sung số báo cáo viên."})
    sent.refresh_from_db()
    assert (sent.status, sent.review_comment) == (
        UnitReport.Status.RETURNED,
        "Bổ sung số báo cáo viên.",
    )


def test_a_unit_cannot_accept_its_own_report(signed_in, sent, screen):
    assert "Duyệt báo cáo" not in signed_in.get(screen).content.decode()
    response = signed_in.post(reverse("reports_review", args=[sent.pk]), {"action": "accept"})
    assert refused(response)
    sent.refresh_from_db()
    assert sent.status == UnitReport.Status.SUBMITTED


def test_the_review_takes_posts_only(client, reviewer, sent):
    client.force_login(reviewer)
    assert client.get(reverse("reports_review", args=[sent.pk])).status_code == 405
