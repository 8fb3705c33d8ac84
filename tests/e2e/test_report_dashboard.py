"""The Department of Justice's dashboard of a period, on a phone: the page keeps the
phone's width, the charts fit, nothing breaks the Content-Security-Policy or comes from
elsewhere, an indicator is chosen without JavaScript, and the units are reminded.
Screenshots go to /tmp/phone-shots/ for a person to judge."""

import datetime
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group
from django.core import mail

from home.models import Unit
from reports import roles
from reports.models import IndicatorTemplate, Period
from tests.e2e.test_content_security_policy import Watch
from tests.factories import UnitFactory, UserFactory
from tests.reports.report_states import make_report

SHOTS = Path(tempfile.gettempdir()) / "phone-shots"
WIDTH = 360


@pytest.fixture
def period(live_server, django_db_serialized_rollback):
    template = IndicatorTemplate.objects.get(version="2025")
    period = Period.objects.create(
        name="Năm 2026 (chính thức)",
        slug="2026-chinh-thuc",
        kind=Period.Kind.OFFICIAL_ANNUAL,
        start=datetime.date(2026, 1, 1),
        end=datetime.date(2026, 12, 31),
        deadline=datetime.date(2026, 11, 14),
        template=template,
    )
    reporters = Group.objects.get(name=roles.REPORTERS_GROUP)
    names = [
        "Sở Tư pháp",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh",
        "Phường Hạ Long",
        "Đặc khu Vân Đồn",
        "Xã Quảng Đức",
    ]
    units = [UnitFactory(name=name, kind=Unit.Kind.COMMUNE) for name in names]
    period.units.set(units)
    for number, (unit, status) in enumerate(
        zip(units, ["accepted", "submitted", "draft", "returned", None], strict=True)
    ):
        UserFactory(
            username=f"thongke{number}",
            email=f"thongke{number}@example.vn",
            groups=[unit.editors_group, reporters],
        )
        if status:
            make_report(
                period,
                unit,
                status,
                {"09b.cuoc": 12 * (number + 1), "09e.tong": 1_500_000 * (number + 1)},
            )
    UserFactory(username="tonghop", groups=[Group.objects.get(name=roles.REVIEWERS_GROUP)])
    return period


def test_a_reviewer_reads_the_dashboard_and_reminds_units_on_a_phone(phone, live_server, period):
    watch = Watch(phone)
    tab = phone.tab
    tab.goto(live_server.url + "/admin/login/")
    tab.get_by_label("Tên đăng nhập").fill("tonghop")
    tab.get_by_label("Mật khẩu").fill("secret")
    tab.get_by_role("button", name="Đăng nhập").click()
    expect(tab.get_by_role("heading", level=1)).to_be_visible()

    response = tab.goto(f"{live_server.url}/admin/statistics/{period.pk}/", wait_until="load")
    assert response.status == 200
    tab.wait_for_load_state("networkidle")
    SHOTS.mkdir(exist_ok=True)
    sections = tab.locator("section.report-section")
    for index in range(sections.count()):
        sections.nth(index).screenshot(path=str(SHOTS / f"report-dashboard-{index}.png"))
    for element in ("document.documentElement", "document.body"):
        assert tab.evaluate(f"{element}.scrollWidth") <= WIDTH
    charts = tab.locator("svg.report-chart")
    expect(charts).to_have_count(3)
    for index in range(3):
        box = charts.nth(index).bounding_box()
        assert box["width"] > 200 and box["x"] >= 0 and box["x"] + box["width"] <= WIDTH
        assert box["height"] > 30

    by_unit = tab.get_by_role("region", name="Theo đơn vị")
    by_unit.get_by_label("Chỉ tiêu").select_option("09e.tong")
    by_unit.get_by_role("button", name="Xem").click()
    expect(by_unit.get_by_role("img")).to_contain_text("Tổng kinh phí PBGDPL")
    expect(by_unit.locator("tbody tr").first).to_contain_text("3.000.000 đồng")

    tab.get_by_role("button", name="Nhắc các đơn vị chưa gửi").click()
    expect(tab.locator(".messages")).to_contain_text("Đã gửi thư nhắc đến 3 đơn vị, 3 người nhận.")
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "thongke2@example.vn",
        "thongke3@example.vn",
        "thongke4@example.vn",
    ]
    assert phone.external_requests == []
    assert watch.violations == [], "\n".join(watch.violations)
