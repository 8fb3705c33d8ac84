"""One unit's report as a workbook: a sheet of what the report is (unit, period, state,
dates, the unit's notes, the Department's comment), then one sheet per form with the
form's indicators as rows: the computed figure, the unit's own, the one that counts, and
the unit's explanation."""

from openpyxl import Workbook
from openpyxl.styles import Alignment

from reports.figures import report_rows

from .cells import (
    BOLD,
    BORDER,
    REPORTING_UNIT,
    WRAPPED,
    header_block,
    header_cell,
    print_landscape,
    put,
    put_date,
    put_figure,
    set_widths,
    sheet_title,
)
from .columns import part_depths

ABOUT_SHEET = "Thông tin chung"
COLUMNS = [
    ("Mã chỉ tiêu", 24),
    ("Chỉ tiêu", 46),
    ("Đơn vị tính", 12),
    ("Số hệ thống tính", 16),
    ("Số đơn vị nhập", 16),
    ("Số liệu báo cáo", 16),
    ("Giải trình của đơn vị", 48),
]
TITLE = "Báo cáo thống kê PBGDPL"


def write_report_xlsx(report, stream):
    """Write ``report`` (a ``UnitReport``) to ``stream`` as XLSX. A draft shows the
    figures computed now, a sent report those it was sent with."""
    rows = report_rows(report)
    book = Workbook()
    about = book.active
    about.title = ABOUT_SHEET
    _about(about, report)
    forms = {}
    for row in rows:
        form = row.indicator.form
        forms.setdefault(form.pk, (form, []))[1].append(row)
    for form, form_rows in forms.values():
        _form_sheet(book.create_sheet(sheet_title(form.sheet_name)), report, form, form_rows)
    book.save(stream)


def _block(sheet, report, form_code, title):
    return header_block(
        sheet,
        width=len(COLUMNS),
        form_code=form_code,
        title=title,
        period=report.period,
        reporting=report.unit.name,
        receiving=REPORTING_UNIT,
    )


def _about(sheet, report):
    row = _block(sheet, report, None, TITLE)
    texts = {
        "Đơn vị": report.unit.name,
        "Kỳ báo cáo": report.period.name,
        "Trạng thái": report.get_status_display(),
        "Gửi muộn": "Có" if report.was_late else "Không",
        "Ý kiến của Sở Tư pháp": report.review_comment,
        "Thuyết minh của đơn vị": report.notes,
    }
    moments = {
        "Gửi lần đầu": report.first_submitted_at,
        "Gửi lần cuối": report.submitted_at,
        "Duyệt lúc": report.reviewed_at,
    }
    order = ["Đơn vị", "Kỳ báo cáo", "Trạng thái", "Gửi lần đầu", "Gửi lần cuối", "Gửi muộn"]
    order += ["Duyệt lúc", "Ý kiến của Sở Tư pháp", "Thuyết minh của đơn vị"]
    for label in order:
        put(sheet, row, 1, label, font=BOLD, alignment=WRAPPED).border = BORDER
        if label in moments:
            put_date(sheet, row, 2, moments[label]).alignment = Alignment(horizontal="left")
        else:
            put(sheet, row, 2, texts[label], alignment=WRAPPED).border = BORDER
        row += 1
    set_widths(sheet, {1: 24, 2: 90})
    print_landscape(sheet)


def _form_sheet(sheet, report, form, rows):
    top = _block(sheet, report, form.code, form.title)
    for column, (label, _width) in enumerate(COLUMNS, start=1):
        header_cell(sheet, top, column, label)
    sheet.row_dimensions[top].height = 30
    depths = part_depths([row.indicator for row in rows])
    for number, row in enumerate(rows, start=top + 1):
        indicator = row.indicator
        indent = 2 * depths[indicator.pk]
        put(sheet, number, 1, indicator.code).border = BORDER
        name = put(sheet, number, 2, indicator.name)
        name.alignment = Alignment(indent=indent, wrap_text=True, vertical="top")
        name.border = BORDER
        put(sheet, number, 3, indicator.measure).border = BORDER
        put_figure(sheet, number, 4, row.automatic)
        put_figure(sheet, number, 5, row.entered)
        put_figure(sheet, number, 6, row.value, font=BOLD)
        put(sheet, number, 7, row.explanation, alignment=WRAPPED).border = BORDER
    sheet.freeze_panes = sheet.cell(row=top + 1, column=3)
    set_widths(sheet, {column: width for column, (_label, width) in enumerate(COLUMNS, start=1)})
    print_landscape(sheet, title_rows=f"{top}:{top}")
