"""The statistics' downloads: the period's totals in the Ministry forms' layout (XLSX),
every figure in long format (CSV), and a unit's own report (XLSX), read back as a
spreadsheet program would; and who may download them."""

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from reports import workflow
from reports.models import ActivityRecord, UnitReport
from tests.reports.sent_reports import FORMULA_EXPLANATION, FORMULA_NAME, province

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def filed(period, ward, justice_department, ward_reporter, justice_reporter, reviewer):
    return province(period, ward, justice_department, ward_reporter, justice_reporter, reviewer)


def download(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, response
    return response


def workbook(response):
    return load_workbook(io.BytesIO(response.content))


def rows_of(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def row_starting(sheet, column, value):
    """The values of the first row whose ``column`` (a letter) holds ``value``."""
    for cell in sheet[column]:
        if cell.value == value:
            return [c.value for c in sheet[cell.row]]
    raise AssertionError(f"no row with {value!r} in column {column}")


def cell_of(sheet, code, column):
    """The cell in ``column`` (a number) of the row of the indicator ``code``."""
    row = next(cell.row for cell in sheet["A"] if cell.value == code)
    return sheet.cell(row=row, column=column)


def merged_over(sheet, value):
    """The range (e.g. "C7:G7") of the merged cell showing ``value``."""
    for merged in sheet.merged_cells.ranges:
        if sheet.cell(row=merged.min_row, column=merged.min_col).value == value:
            return merged.coord
    raise AssertionError(f"{value!r} is not a merged cell")


def test_the_totals_have_a_summary_then_one_sheet_per_form_in_form_order(client, filed, reviewer):
    response = download(client, reviewer, f"/admin/statistics/{filed.period.pk}/totals.xlsx")
    assert response["Content-Type"] == XLSX
    assert response["Content-Disposition"] == (
        'attachment; filename="thong-ke-pbgdpl-2026-chinh-thuc.xlsx"'
    )
    assert workbook(response).sheetnames == [
        "Tổng hợp",
        "09a",
        "09b",
        "09c",
        "09d",
        "09e",
        "Ke hoach",
    ]


def test_a_form_sheet_has_the_ministry_header_and_units_as_rows(client, filed, reviewer):
    sheet = workbook(
        download(client, reviewer, f"/admin/statistics/{filed.period.pk}/totals.xlsx")
    )["09a"]
    top = [row[0] for row in rows_of(sheet)[:6]]
    assert top == [
        "Biểu số 09a/BTP/PBGDPL",
        "Đơn vị báo cáo: Sở Tư pháp tỉnh Quảng Ninh",
        "Đơn vị nhận báo cáo: Bộ Tư pháp",
        "BÁO CÁO VIÊN PHÁP LUẬT",
        "Kỳ báo cáo: Năm 2026 (chính thức) (từ ngày 01/01/2026 đến ngày 31/12/2026)",
        None,
    ]
    assert row_starting(sheet, "A", "STT")[:3] == ["STT", "Tên đơn vị", "Số báo cáo viên pháp luật"]
    assert row_starting(sheet, "C", "(người)")[2] == "(người)"
    assert row_starting(sheet, "B", "Tổng số")[1:] == ["Tổng số", 42]
    # Units in their order; the one that sent nothing has an empty cell.
    assert row_starting(sheet, "B", "Phường Hạ Long")[:3] == [1, "Phường Hạ Long", 12]
    assert row_starting(sheet, "B", "Sở Tư pháp")[:3] == [2, "Sở Tư pháp", 30]
    assert row_starting(sheet, "A", 3)[2] is None


def test_parts_are_grouped_under_their_total_with_merged_headers(client, filed, reviewer):
    sheet = workbook(
        download(client, reviewer, f"/admin/statistics/{filed.period.pk}/totals.xlsx")
    )["09e"]
    # Tổng kinh phí over its own figure and its parts; Ngân sách over its own and its two.
    assert merged_over(sheet, "Tổng kinh phí PBGDPL") == "C7:G7"
    assert merged_over(sheet, "Ngân sách nhà nước") == "D8:F8"
    assert merged_over(sheet, "Nguồn khác") == "G8:G9"
    assert merged_over(sheet, "STT") == "A7:A10"
    assert [sheet.cell(row=9, column=c).value for c in range(3, 8)] == [
        None,
        "Tổng số",
        "Trong đó: chi thường xuyên",
        "Trong đó: chương trình, đề án",
        None,
    ]
    assert [sheet.cell(row=10, column=c).value for c in range(3, 8)] == ["(đồng)"] * 5
    totals = row_starting(sheet, "B", "Tổng số")
    assert totals[2:] == [3_500_000, 3_000_000, 600_000, 400_000, 500_000]
    assert row_starting(sheet, "B", "Phường Hạ Long")[2:] == [
        1_500_000,
        1_000_000,
        600_000,
        400_000,
        500_000,
    ]
    money = sheet.cell(row=11, column=3)
    assert money.number_format == "#,##0"
    assert sheet.freeze_panes == "C11"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$7:$10"


def test_the_summary_gives_each_units_status_and_the_year_over_year_totals(client, filed, reviewer):
    sheet = workbook(
        download(client, reviewer, f"/admin/statistics/{filed.period.pk}/totals.xlsx")
    )["Tổng hợp"]
    values = rows_of(sheet)
    assert [row[0] for row in values[:5]] == [
        "Đơn vị báo cáo: Sở Tư pháp tỉnh Quảng Ninh",
        "Đơn vị nhận báo cáo: Bộ Tư pháp",
        "TỔNG HỢP TÌNH HÌNH BÁO CÁO THỐNG KÊ PBGDPL",
        "Kỳ báo cáo: Năm 2026 (chính thức) (từ ngày 01/01/2026 đến ngày 31/12/2026)",
        "Hạn gửi báo cáo: 14/11/2026",
    ]
    counts = {row[1]: row[2] for row in values if row[1] and row[2] is not None}
    assert counts["Số đơn vị báo cáo"] == 3
    assert counts["Đã gửi"] == 2
    assert counts["Trong đó: gửi muộn"] == 1
    assert counts["Chưa gửi"] == 1

    header = row_starting(sheet, "A", "Mã chỉ tiêu")
    assert header[3:6] == ["Kỳ này", "Kỳ so sánh: Năm 2025 (chính thức)", "Tăng, giảm"]
    assert row_starting(sheet, "A", "09a.bcv")[:6] == [
        "09a.bcv",
        "Số báo cáo viên pháp luật",
        "người",
        42,
        10,
        32,
    ]
    assert row_starting(sheet, "A", "09e.tong")[3:6] == [3_500_000, 0, 3_500_000]

    assert row_starting(sheet, "A", "STT") == [
        "STT",
        "Tên đơn vị",
        "Trạng thái",
        "Đã gửi",
        "Ngày gửi (lần đầu)",
        "Gửi muộn",
        "Chưa gửi",
    ]
    justice = row_starting(sheet, "B", "Sở Tư pháp")
    assert justice[2:4] == ["Đã gửi, chờ duyệt", "x"]
    assert justice[4].date() == datetime.date(2026, 11, 20)
    assert justice[5:] == ["x", None]
    ward = row_starting(sheet, "B", "Phường Hạ Long")
    assert ward[4].date() == datetime.date(2026, 11, 1)
    assert ward[5:] == [None, None]
    missing = row_starting(sheet, "A", 3)
    assert missing[2:] == ["Chưa lập báo cáo", None, None, None, "x"]
    assert sheet.cell(row=sheet["B"][-1].row, column=5).number_format == "DD/MM/YYYY"


def test_a_unit_name_typed_as_a_formula_stays_text(client, filed, reviewer):
    book = workbook(download(client, reviewer, f"/admin/statistics/{filed.period.pk}/totals.xlsx"))
    for sheet in book.worksheets:
        names = [cell for cell in sheet["B"] if cell.value and "HYPERLINK" in str(cell.value)]
        assert [(cell.value, cell.data_type) for cell in names] == [(f"'{FORMULA_NAME}", "s")]
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_a_returned_report_is_not_counted(client, filed, reviewer, period, other_ward):
    workflow.return_report(filed.justice_report, reviewer, "Thiếu số liệu kinh phí.")
    sheet = workbook(download(client, reviewer, f"/admin/statistics/{period.pk}/totals.xlsx"))[
        "09a"
    ]
    assert row_starting(sheet, "B", "Tổng số")[2] == 12
    assert row_starting(sheet, "B", "Sở Tư pháp")[2] is None


def test_a_units_report_has_its_figures_by_form(client, filed, ward_reporter):
    response = download(
        client, ward_reporter, f"/admin/statistics/report/{filed.ward_report.pk}.xlsx"
    )
    assert response["Content-Type"] == XLSX
    assert response["Content-Disposition"] == (
        'attachment; filename="bao-cao-pbgdpl-2026-chinh-thuc-phuong-ha-long.xlsx"'
    )
    book = workbook(response)
    assert book.sheetnames == ["Thông tin chung", "09a", "09b", "09c", "09d", "09e", "Ke hoach"]
    about = {row[0]: row[1] for row in rows_of(book["Thông tin chung"]) if row[0]}
    assert about["Đơn vị báo cáo: Phường Hạ Long"] is None
    assert about["Trạng thái"] == "Đã gửi, chờ duyệt"
    assert about["Gửi lần đầu"].date() == datetime.date(2026, 11, 1)
    assert about["Thuyết minh của đơn vị"] == "Đã tổ chức tốt Ngày Pháp luật."

    sheet = book["09b"]
    assert sheet["A1"].value == "Biểu số 09b/BTP/PBGDPL"
    assert row_starting(sheet, "A", "Mã chỉ tiêu") == [
        "Mã chỉ tiêu",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Số hệ thống tính",
        "Số đơn vị nhập",
        "Số liệu báo cáo",
        "Giải trình của đơn vị",
    ]
    # Computed from the activity record, changed by the unit with its explanation.
    sessions = row_starting(sheet, "A", "09b.cuoc")
    assert sessions[2:6] == ["cuộc", 1, 5, 5]
    explanation = cell_of(sheet, "09b.cuoc", column=7)
    assert (explanation.value, explanation.data_type) == (f"'{FORMULA_EXPLANATION}", "s")
    assert row_starting(sheet, "A", "09b.luot_nguoi")[3:6] == [120, None, 120]
    assert row_starting(book["09a"], "A", "09a.bcv")[3:6] == [None, 12, 12]
    # A part is indented under its total.
    assert cell_of(book["09e"], "09e.nsnn.thuong_xuyen", column=2).alignment.indent == 4


def test_a_draft_shows_the_figures_computed_now(client, period, ward, ward_reporter):
    report = workflow.open_report(period, ward, ward_reporter)
    sheet = workbook(download(client, ward_reporter, f"/admin/statistics/report/{report.pk}.xlsx"))[
        "09b"
    ]
    assert row_starting(sheet, "A", "09b.cuoc")[3:6] == [0, None, 0]


def test_control_characters_typed_in_an_explanation_do_not_break_the_workbook(
    client, period, ward, ward_reporter, indicators
):
    report = workflow.open_report(period, ward, ward_reporter)
    workflow.save_figures(
        report, ward_reporter, {indicators["09a.bcv"].pk: (3, "Dán từ Word:\x0b hết.")}
    )
    sheet = workbook(download(client, ward_reporter, f"/admin/statistics/report/{report.pk}.xlsx"))[
        "09a"
    ]
    assert row_starting(sheet, "A", "09a.bcv")[6] == "Dán từ Word: hết."


def test_the_csv_has_one_row_per_sent_report_and_indicator(client, filed, reviewer, template):
    response = download(client, reviewer, f"/admin/statistics/{filed.period.pk}/totals.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="so-lieu-pbgdpl-2026-chinh-thuc.csv"'
    )
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    indicator_count = len(template.indicators())
    assert len(rows) == 2 * indicator_count
    assert {row["Mã đơn vị"] for row in rows} == {"so-tu-phap", "phuong-ha-long"}
    sessions = next(
        row
        for row in rows
        if (row["Mã đơn vị"], row["Mã chỉ tiêu"]) == ("phuong-ha-long", "09b.cuoc")
    )
    assert sessions == {
        "Kỳ báo cáo": "2026-chinh-thuc",
        "Mã đơn vị": "phuong-ha-long",
        "Tên đơn vị": "Phường Hạ Long",
        "Trạng thái": "Đã gửi, chờ duyệt",
        "Ngày gửi (lần đầu)": "01/11/2026",
        "Gửi muộn": "",
        "Biểu": "09b/BTP/PBGDPL",
        "Mã chỉ tiêu": "09b.cuoc",
        "Chỉ tiêu": "Số cuộc PBGDPL trực tiếp",
        "Đơn vị tính": "cuộc",
        "Số liệu báo cáo": "5",
        "Số hệ thống tính": "1",
        "Số đơn vị nhập": "5",
        "Giải trình": f"'{FORMULA_EXPLANATION}",
    }
    late = next(
        row for row in rows if (row["Mã đơn vị"], row["Mã chỉ tiêu"]) == ("so-tu-phap", "09e.khac")
    )
    assert (late["Gửi muộn"], late["Số liệu báo cáo"]) == ("x", "")


def test_only_reviewers_download_the_totals(client, filed, ward_reporter):
    client.force_login(ward_reporter)
    for url in [
        f"/admin/statistics/{filed.period.pk}/totals.xlsx",
        f"/admin/statistics/{filed.period.pk}/totals.csv",
    ]:
        response = client.get(url)
        # The admin sends whoever lacks a permission back to its dashboard.
        assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_a_reporter_downloads_no_other_units_report(client, filed, justice_reporter, reviewer):
    url = f"/admin/statistics/report/{filed.ward_report.pk}.xlsx"
    client.force_login(justice_reporter)
    assert (client.get(url).status_code, client.get(url)["Location"]) == (302, "/admin/")
    assert download(client, reviewer, url)["Content-Type"] == XLSX


def test_downloads_need_a_signed_in_user_and_an_existing_period(client, filed, reviewer):
    response = client.get(f"/admin/statistics/{filed.period.pk}/totals.xlsx")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    client.force_login(reviewer)
    assert client.get("/admin/statistics/999999/totals.xlsx").status_code == 404
    assert client.get("/admin/statistics/report/999999.xlsx").status_code == 404


def test_a_sent_report_keeps_its_computed_figures_in_its_export(client, filed, ward_reporter, ward):
    # An activity recorded after the report was sent does not change what it says.
    ActivityRecord.objects.create(
        unit=ward,
        kind=ActivityRecord.Kind.DIRECT,
        title="Thêm một buổi",
        date=datetime.date(2026, 4, 1),
        place="Trường học",
        participants=50,
    )
    assert UnitReport.objects.get(pk=filed.ward_report.pk).status == "submitted"
    sheet = workbook(
        download(client, ward_reporter, f"/admin/statistics/report/{filed.ward_report.pk}.xlsx")
    )["09b"]
    assert row_starting(sheet, "A", "09b.luot_nguoi")[3:6] == [120, None, 120]
