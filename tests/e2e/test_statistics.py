"""The PBGDPL statistics in Chromium: a ward's reporter opens the period from the menu,
fills a figure, is stopped for changing a computed figure without an explanation, adds
it and sends the report; the Department of Justice returns it with a comment, which the
reporter then reads. On a phone the report form fits the screen's width."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group
from django.urls import reverse

from home.models import Unit
from reports.models import ActivityRecord, IndicatorTemplate, Period, ReportValue, UnitReport
from reports.roles import REPORTERS_GROUP, REVIEWERS_GROUP
from tests.factories import UserFactory

PASSWORD = "Mat-khau-thong-ke-2026"  # noqa: S105 (test accounts)
PHONE = {"width": 390, "height": 844}
RETURN_COMMENT = "Đề nghị bổ sung kinh phí PBGDPL và kiểm tra lại số báo cáo viên."
EXPLANATION = "Thêm một buổi tuyên truyền lưu động tại chợ chưa ghi thành hoạt động."


class Statistics:
    """A period of 2026 that Phường Hạ Long reports on, two of its sessions recorded (so
    two are computed), its reporter and the Department of Justice's reviewer."""

    def __init__(self):
        justice = Unit.objects.create(name="Sở Tư pháp", kind=Unit.Kind.DEPARTMENT)
        self.ward = Unit.objects.create(name="Phường Hạ Long", kind=Unit.Kind.COMMUNE)
        UserFactory(
            username="thongke.halong",
            password=PASSWORD,
            groups=[self.ward.editors_group, Group.objects.get(name=REPORTERS_GROUP)],
        )
        UserFactory(
            username="thongke.stp",
            password=PASSWORD,
            groups=[Group.objects.get(name=REVIEWERS_GROUP)],
        )
        self.period = Period.objects.create(
            name="Năm 2026 (sơ bộ)",
            slug="2026-so-bo",
            kind=Period.Kind.PRELIMINARY_ANNUAL,
            start=datetime.date(2026, 1, 1),
            end=datetime.date(2026, 10, 31),
            deadline=datetime.date(2026, 11, 14),
            template=IndicatorTemplate.objects.get(version="2025"),
        )
        self.period.units.set([justice, self.ward])
        for day, title in (
            (datetime.date(2026, 3, 12), "Tuyên truyền Luật Đất đai tại khu phố 5"),
            (datetime.date(2026, 6, 20), "Tuyên truyền phòng, chống ma túy cho học sinh"),
        ):
            ActivityRecord.objects.create(
                unit=self.ward,
                kind=ActivityRecord.Kind.DIRECT,
                title=title,
                date=day,
                place="Nhà văn hóa khu phố 5, Phường Hạ Long",
                participants=80,
                presenters=2,
            )

    def report_path(self):
        return reverse("reports_unit_report", args=[self.period.pk, self.ward.pk])

    def report(self):
        return UnitReport.objects.get(period=self.period, unit=self.ward)


@pytest.fixture
def statistics(site):
    return Statistics()


def sign_in(tab, live_server, username):
    tab.context.clear_cookies()
    tab.goto(live_server.url + "/admin/login/")
    tab.get_by_label("Tên đăng nhập").fill(username)
    tab.get_by_label("Mật khẩu").fill(PASSWORD)
    tab.get_by_role("button", name="Đăng nhập").click()
    expect(tab.get_by_role("heading", level=1)).to_be_visible()


def open_from_menu(tab, unit_name):
    """Thống kê PBGDPL › Báo cáo theo kỳ, then the unit's report of the 2026 period."""
    tab.get_by_role("button", name="Thống kê PBGDPL").click()
    tab.get_by_role("link", name="Báo cáo theo kỳ").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Báo cáo thống kê PBGDPL")
    row = tab.get_by_role("row", name=re.compile("Năm 2026 \\(sơ bộ\\)"))
    row.get_by_role("link", name=unit_name).click()
    expect(tab.get_by_role("heading", level=1)).to_contain_text(unit_name)


def test_a_reporter_sends_the_report_and_the_department_returns_it_with_a_comment(
    desktop, live_server, statistics
):
    tab = desktop.tab
    sign_in(tab, live_server, "thongke.halong")
    open_from_menu(tab, "Phường Hạ Long")

    tab.get_by_label("Số báo cáo viên pháp luật").fill("7")
    sessions = tab.get_by_label("Số cuộc PBGDPL trực tiếp", exact=True)
    computed = tab.locator("#indicator-09b\\.cuoc td[data-label='Hệ thống tính']")
    expect(computed).to_contain_text("2")
    sessions.fill("3")
    tab.get_by_role("button", name="Gửi báo cáo cho Sở Tư pháp").click()
    # The message sits beside the explanation box to fill.
    expect(tab.locator("#indicator-09b\\.cuoc td[data-label='Giải trình']")).to_contain_text(
        "“Số cuộc PBGDPL trực tiếp”: hệ thống tính được 2; đơn vị sửa thành 3 thì cần ghi "
        "giải trình."
    )
    assert not ReportValue.objects.filter(report__unit=statistics.ward, entered__isnull=False)

    # What was typed is still there.
    expect(tab.get_by_label("Số báo cáo viên pháp luật")).to_have_value("7")
    tab.get_by_label("Giải trình “Số cuộc PBGDPL trực tiếp”").fill(EXPLANATION)
    tab.get_by_role("button", name="Gửi báo cáo cho Sở Tư pháp").click()
    expect(tab.locator(".messages")).to_contain_text("Đã gửi báo cáo của Phường Hạ Long")
    report = statistics.report()
    assert report.status == UnitReport.Status.SUBMITTED
    figures = {value.indicator.code: value for value in report.values.all()}
    assert figures["09a.bcv"].entered == 7
    assert (figures["09b.cuoc"].automatic, figures["09b.cuoc"].entered) == (2, 3)
    assert figures["09b.cuoc"].explanation == EXPLANATION

    sign_in(tab, live_server, "thongke.stp")
    tab.goto(live_server.url + statistics.report_path())
    expect(tab.locator("#indicator-09b\\.cuoc")).to_contain_text(EXPLANATION)
    tab.get_by_label("Ý kiến của Sở Tư pháp").fill(RETURN_COMMENT)
    tab.get_by_role("button", name="Trả lại để sửa").click()
    expect(tab.locator(".messages")).to_contain_text("Đã trả lại báo cáo cho Phường Hạ Long")
    assert statistics.report().status == UnitReport.Status.RETURNED

    sign_in(tab, live_server, "thongke.halong")
    open_from_menu(tab, "Phường Hạ Long")
    expect(tab.locator(".reports-facts")).to_contain_text("Trả lại để sửa")
    expect(tab.locator(".reports-review-comment")).to_contain_text(RETURN_COMMENT)
    # The figures sent are there to be corrected.
    expect(tab.get_by_label("Số báo cáo viên pháp luật")).to_have_value("7")


# The page, and the admin's own scrolling box, are no wider than the screen; so is every
# field of the form.
OVERFLOW = """() => {
    const main = document.querySelector("main");
    const fields = [...document.querySelectorAll(
        "main form :is(input:not([type=hidden]), textarea, button)"
    )];
    return {
        page: document.scrollingElement.scrollWidth - innerWidth,
        main: main.scrollWidth - main.clientWidth,
        fields: fields
            .filter((field) => field.getBoundingClientRect().right > innerWidth)
            .map((field) => field.name || field.textContent.trim()),
    };
}"""


def test_the_report_form_fits_a_phone(browser, live_server, statistics):
    context = browser.new_context(
        locale="vi-VN", viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    tab = context.new_page()
    try:
        sign_in(tab, live_server, "thongke.halong")
        tab.goto(live_server.url + statistics.report_path())
        overflow = tab.evaluate(OVERFLOW)
        assert overflow["page"] <= 0 and overflow["main"] <= 0, overflow
        assert overflow["fields"] == []

        figure = tab.get_by_label("Số báo cáo viên pháp luật")
        figure.scroll_into_view_if_needed()
        figure.fill("5")
        save = tab.get_by_role("button", name="Lưu nháp")
        save.scroll_into_view_if_needed()
        expect(save).to_be_in_viewport()
        save.click()
        expect(tab.locator(".messages")).to_contain_text("Đã lưu báo cáo của Phường Hạ Long")
        assert statistics.report().values.get(indicator__code="09a.bcv").entered == 5
    finally:
        context.close()
