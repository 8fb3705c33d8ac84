"""The Department of Justice's dashboard of a period: who has sent, who is late, who is
missing; totals by indicator against last year across a template change; totals by unit;
charts beside their tables; reviewers only; queries that do not grow with the units."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home.models import Unit
from reports import workflow
from reports.dashboard import overview
from reports.figures import IndicatorTotal, PeriodTotals, UnitStatus
from reports.models import (
    Indicator,
    IndicatorTemplate,
    Period,
    Reminder,
    TemplateLine,
    UnitReport,
)
from tests.factories import UnitFactory
from tests.reports.report_states import local_time, make_report


@pytest.fixture
def template_2026(template, indicators):
    """2026's template: 2025's without social-network posts, with legal questions answered."""
    answered = Indicator.objects.create(
        code="kh.hoi_dap",
        name="Số câu hỏi pháp luật được trả lời",
        measure="câu",
        kind=Indicator.Kind.COUNT,
        form=indicators["kh.san_pham"].form,
    )
    new = IndicatorTemplate.objects.create(name="Mẫu thống kê PBGDPL 2026", version="2026")
    kept = [indicator for indicator in template.indicators() if indicator.code != "kh.mang_xa_hoi"]
    TemplateLine.objects.bulk_create(
        TemplateLine(template=new, indicator=indicator, sort_order=position)
        for position, indicator in enumerate([*kept, answered])
    )
    return new


@pytest.fixture
def last_year(template, justice_department, ward):
    """2025's official annual period, on 2025's template, every report accepted."""
    period = Period.objects.create(
        name="Năm 2025 (chính thức)",
        slug="2025-chinh-thuc",
        kind=Period.Kind.OFFICIAL_ANNUAL,
        start=datetime.date(2025, 1, 1),
        end=datetime.date(2025, 12, 31),
        deadline=datetime.date(2025, 11, 14),
        template=template,
    )
    period.units.set([justice_department, ward])
    make_report(
        period,
        justice_department,
        "accepted",
        {"09b.cuoc": 20, "kh.mang_xa_hoi": 50, "09e.tong": 1_000_000},
    )
    make_report(period, ward, "accepted", {"09b.cuoc": 15})
    return period


@pytest.fixture
def this_year(period, template_2026, last_year, justice_department, ward, other_ward):
    """2026 on 2026's template, five units in every state: the Department of Justice
    accepted but first sent late, Phường Hạ Long sent on time, Xã Cô Tô still drafting,
    Phường Móng Cái 1 returned, Xã Quảng Đức not started."""
    period.template = template_2026
    period.save()
    returned = UnitFactory(name="Phường Móng Cái 1", kind=Unit.Kind.COMMUNE, sort_order=5)
    silent = UnitFactory(name="Xã Quảng Đức", kind=Unit.Kind.COMMUNE, sort_order=6)
    period.units.add(other_ward, returned, silent)
    make_report(
        period,
        justice_department,
        "accepted",
        {"09b.cuoc": 30, "09e.tong": 2_500_000},
        first_sent=datetime.date(2026, 11, 20),
    )
    make_report(
        period,
        ward,
        "submitted",
        {"09b.cuoc": 12, "09e.tong": 1_000_000, "kh.hoi_dap": 7},
        first_sent=datetime.date(2026, 11, 10),
    )
    make_report(period, other_ward, "draft", {"09b.cuoc": 100, "09e.tong": 9_000_000})
    make_report(
        period, returned, "returned", {"09b.cuoc": 40}, first_sent=datetime.date(2026, 11, 12)
    )
    return period


def dashboard_url(period, **query):
    url = reverse("reports_dashboard", args=[period.pk])
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def open_dashboard(client, user, period, **query):
    client.force_login(user)
    response = client.get(dashboard_url(period, **query))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def words(element):
    return " ".join(element.get_text(" ").split())


def table_rows(soup, section_id):
    """The body rows of the section's tables, as lists of cell texts."""
    section = soup.find(id=section_id).find_parent("section")
    return [
        [words(cell) for cell in row.find_all(["th", "td"])]
        for table in section.find_all("table")
        for row in table.select("tbody tr")
    ]


def indicator_row(soup, code):
    """[name, measure, this period, compared period, change] of the indicator."""
    for row in table_rows(soup, "theo-chi-tieu"):
        if row[0].endswith(f" {code}"):
            return row
    return None


def test_the_dashboard_counts_sent_late_and_missing_units(client, reviewer, this_year):
    soup = open_dashboard(client, reviewer, this_year)
    summary = words(soup.select_one(".report-summary"))
    assert "2 /5 đơn vị đã gửi" in summary
    assert "1 gửi muộn" in summary and "3 chưa gửi" in summary
    assert table_rows(soup, "tinh-trang") == [
        ["Chưa lập báo cáo", "1"],
        ["Đang soạn", "1"],
        ["Trả lại để sửa", "1"],
        ["Đã gửi, chờ duyệt", "1"],
        ["Đã chấp nhận", "1"],
    ]
    assert table_rows(soup, "da-gui") == [
        ["Phường Hạ Long", "Đã gửi, chờ duyệt", "10/11/2026 09:00", "10/11/2026 09:00", "Đúng hạn"],
        ["Sở Tư pháp", "Đã chấp nhận", "20/11/2026 09:00", "20/11/2026 09:00", "Muộn 6 ngày"],
    ]
    assert table_rows(soup, "gui-muon") == [["Sở Tư pháp", "20/11/2026 09:00", "6"]]
    waiting = table_rows(soup, "chua-gui")
    assert [row[:3] for row in waiting] == [
        ["Xã Cô Tô", "Đang soạn", "Chưa nhắc"],
        ["Phường Móng Cái 1", "Trả lại để sửa trả lại 13/11/2026", "Chưa nhắc"],
        ["Xã Quảng Đức", "Chưa có báo cáo", "Chưa nhắc"],
    ]


def test_each_unit_links_to_its_report_screen(client, reviewer, this_year, ward, other_ward):
    soup = open_dashboard(client, reviewer, this_year)
    links = {link["href"] for link in soup.select("section a[href]")}
    assert reverse("reports_unit_report", args=[this_year.pk, ward.pk]) in links
    assert reverse("reports_unit_report", args=[this_year.pk, other_ward.pk]) in links
    assert reverse("reports_periods") in {link["href"] for link in soup.select("a[href]")}


def test_the_dashboard_offers_the_totals_as_xlsx_and_csv(client, reviewer, this_year):
    soup = open_dashboard(client, reviewer, this_year)
    downloads = {link["href"] for link in soup.select(".report-downloads a[download]")}
    assert downloads == {
        reverse("reports_totals_xlsx", args=[this_year.pk]),
        reverse("reports_totals_csv", args=[this_year.pk]),
    }
    for url in downloads:
        assert client.get(url).status_code == 200


def test_the_period_and_its_deadline_are_shown(client, reviewer, this_year):
    soup = open_dashboard(client, reviewer, this_year)
    period = words(soup.select_one(".report-period"))
    assert "01/01/2026 – 31/12/2026" in period
    assert "14/11/2026" in period
    assert "So sánh với Năm 2025 (chính thức)" in period


def test_totals_count_only_sent_and_accepted_reports(client, reviewer, this_year):
    soup = open_dashboard(client, reviewer, this_year)
    # 30 (accepted) + 12 (submitted); the draft's 100 and the returned report's 40 wait.
    assert indicator_row(soup, "09b.cuoc")[2] == "42"
    assert indicator_row(soup, "09e.tong")[2] == "3.500.000 đồng"


def test_year_over_year_across_a_template_change(client, reviewer, this_year):
    soup = open_dashboard(client, reviewer, this_year)
    assert indicator_row(soup, "09b.cuoc")[2:] == ["42", "35", "+7 (+20,0%)"]
    assert indicator_row(soup, "09e.tong")[2:] == [
        "3.500.000 đồng",
        "1.000.000 đồng",
        "+2.500.000 đồng (+250,0%)",
    ]
    # New in 2026: nothing to compare with.
    assert indicator_row(soup, "kh.hoi_dap")[2:] == ["7", "—", "—"]
    # Retired in 2026: not on this period's dashboard.
    assert indicator_row(soup, "kh.mang_xa_hoi") is None
    assert "Số tin, bài đăng trên mạng xã hội" not in soup.get_text()


def test_indicators_are_grouped_by_form_with_parts_indented(client, reviewer, this_year):
    soup = open_dashboard(client, reviewer, this_year)
    table = soup.select_one(".report-indicators")
    forms = [words(row) for row in table.select("tr.report-form")]
    assert forms[0] == "09a/BTP/PBGDPL – Báo cáo viên pháp luật"
    assert forms[-1] == "KH-PBGDPL – Kết quả thực hiện Kế hoạch PBGDPL"
    depth = {
        words(cell.select_one(".help")): cell["class"] for cell in table.select("th[scope=row]")
    }
    assert "report-depth-0" in depth["09e.tong"]
    assert "report-depth-1" in depth["09e.nsnn"]
    assert "report-depth-2" in depth["09e.nsnn.thuong_xuyen"]


def test_totals_by_unit_for_the_chosen_indicator(client, reviewer, this_year):
    soup = open_dashboard(client, reviewer, this_year, indicator="09b.cuoc")
    chosen = soup.select_one("#choose-indicator option[selected]")
    assert chosen["value"] == "09b.cuoc"
    assert table_rows(soup, "theo-don-vi") == [
        ["Sở Tư pháp", "30", "71,4%"],
        ["Phường Hạ Long", "12", "28,6%"],
        ["Xã Cô Tô", "Chưa gửi báo cáo", ""],
        ["Phường Móng Cái 1", "Chưa gửi báo cáo", ""],
        ["Xã Quảng Đức", "Chưa gửi báo cáo", ""],
    ]
    money = open_dashboard(client, reviewer, this_year, indicator="09e.tong")
    assert table_rows(money, "theo-don-vi")[0][:2] == ["Sở Tư pháp", "2.500.000 đồng"]


def test_an_unknown_choice_falls_back_to_the_first(client, reviewer, this_year):
    soup = open_dashboard(client, reviewer, this_year, indicator="khong.co", form="abc")
    assert soup.select_one("#choose-indicator option[selected]")["value"] == "09a.bcv"
    assert "09a/BTP/PBGDPL" in words(soup.select_one("#choose-form option[selected]"))


def test_each_chart_is_an_svg_image_next_to_a_table_of_its_figures(client, reviewer, this_year):
    form = Indicator.objects.get(code="09b.cuoc").form
    soup = open_dashboard(client, reviewer, this_year, form=form.pk, indicator="09b.cuoc")
    charts = soup.select("svg.report-chart")
    assert [chart["id"] for chart in charts] == ["chart-status", "chart-compare", "chart-units"]
    for chart in charts:
        assert chart["role"] == "img"
        assert chart.find("title").get_text() and chart.find("desc").get_text()
        assert chart.find_parent(class_="report-figure").find("table")
    compare = soup.select_one("#chart-compare")
    assert "Năm 2026 (chính thức)" in compare.get_text()
    assert "Năm 2025 (chính thức)" in compare.get_text()  # the legend
    assert table_rows(soup, "so-sanh")[0] == ["Số cuộc PBGDPL trực tiếp", "42", "35"]
    # Money indicators are not drawn against counts.
    assert "Tổng kinh phí PBGDPL" not in compare.get_text()
    assert "Sở Tư pháp" in soup.select_one("#chart-units").get_text()
    # Nothing is loaded from elsewhere, and no script is written into the page.
    assert not soup.select("main script, .report-dashboard script")


def test_unit_names_are_escaped_in_charts_and_tables(client, reviewer, this_year):
    hostile = UnitFactory(name='<img src=x onerror="alert(1)">', kind=Unit.Kind.COMMUNE)
    this_year.units.add(hostile)
    make_report(this_year, hostile, "submitted", {"09b.cuoc": 3})
    client.force_login(reviewer)
    page = client.get(dashboard_url(this_year, indicator="09b.cuoc")).content.decode()
    assert "<img src=x" not in page
    assert "&lt;img src=x" in page


def test_a_period_without_a_previous_one_shows_dashes(client, reviewer, period, ward):
    make_report(period, ward, "submitted", {"09b.cuoc": 4})
    soup = open_dashboard(client, reviewer, period)
    assert indicator_row(soup, "09b.cuoc")[2:] == ["4", "—", "—"]
    assert "không có kỳ trước để so sánh" in words(soup.select_one(".report-period"))


def test_a_report_sent_through_the_workflow_counts(
    client, reviewer, period, ward, ward_reporter, indicators
):
    report = workflow.open_report(period, ward, ward_reporter)
    workflow.save_figures(report, ward_reporter, {indicators["09a.bcv"].pk: (6, "")})
    workflow.submit(report, ward_reporter)
    soup = open_dashboard(client, reviewer, period)
    assert indicator_row(soup, "09a.bcv")[2] == "6"
    assert table_rows(soup, "da-gui")[0][:2] == ["Phường Hạ Long", "Đã gửi, chờ duyệt"]


def test_the_last_reminder_of_each_waiting_unit_is_shown(client, reviewer, this_year, other_ward):
    Reminder.objects.create(
        period=this_year,
        unit=other_ward,
        sent_at=local_time(datetime.date(2026, 11, 10), 7),
        recipients=2,
    )
    Reminder.objects.create(
        period=this_year,
        unit=other_ward,
        sent_at=local_time(datetime.date(2026, 11, 12), 8),
        sent_by=reviewer,
        recipients=3,
    )
    soup = open_dashboard(client, reviewer, this_year)
    row = table_rows(soup, "chua-gui")[0]
    assert row[0] == "Xã Cô Tô"
    assert row[2] == "12/11/2026 08:00 (tonghop.stp, 3 người nhận)"


def test_unit_reporters_and_editors_cannot_open_the_dashboard(
    client, this_year, ward_reporter, ward_editor
):
    for user in (ward_reporter, ward_editor):
        client.force_login(user)
        response = client.get(dashboard_url(this_year))
        # The admin sends whoever lacks the right back to its home, with a message.
        assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))


def test_an_unknown_period_is_not_found(client, reviewer, db):
    client.force_login(reviewer)
    assert client.get(reverse("reports_dashboard", args=[999999])).status_code == 404


def test_the_queries_do_not_grow_with_the_number_of_units(
    client, reviewer, this_year, django_assert_max_num_queries
):
    client.force_login(reviewer)
    url = dashboard_url(this_year, indicator="09b.cuoc")
    client.get(url)  # the admin's own first-request work (menus, site) is not ours
    with CaptureQueriesContext(connection) as five_units:
        assert client.get(url).status_code == 200
    for number in range(40):
        unit = UnitFactory(name=f"Xã thử {number}", kind=Unit.Kind.COMMUNE)
        this_year.units.add(unit)
        status = ("submitted", "accepted", "draft", "returned")[number % 4]
        make_report(this_year, unit, status, {"09b.cuoc": number, "09e.tong": 1000 * number})
        if number % 3 == 0:
            Reminder.objects.create(period=this_year, unit=unit, recipients=1)
    with django_assert_max_num_queries(len(five_units)):
        assert client.get(url).status_code == 200


def test_the_chart_by_unit_draws_the_largest_units_and_the_table_lists_them_all():
    indicator = Indicator(code="09b.cuoc", name="Số cuộc PBGDPL trực tiếp", kind="count")
    units = [Unit(pk=number, name=f"Xã {number}") for number in range(1, 61)]
    line = IndicatorTotal(
        indicator=indicator, total=sum(range(1, 61)), by_unit={unit.pk: unit.pk for unit in units}
    )
    totals = PeriodTotals(
        period=None,
        units=[UnitStatus(unit, UnitReport(status="submitted")) for unit in units],
        indicators=[line],
    )
    rows = overview.unit_figures(totals, line)
    assert len(rows) == 60 and rows[0].unit.name == "Xã 60"
    chart = BeautifulSoup(str(overview.unit_chart(rows, line)), "html.parser")
    assert "40 đơn vị có số liệu lớn nhất" in chart.find("title").get_text()
    assert len(chart.find_all("rect")) == overview.CHART_UNITS
    assert "Xã 21" in chart.get_text() and "Xã 20" not in chart.get_text()
