"""A period's totals as the workbook the Department of Justice sends the Ministry: a
summary sheet, then one sheet per form (biểu) in the forms' layout, units as rows and
the form's indicators as columns."""

from openpyxl import Workbook
from openpyxl.styles import Alignment

from .cells import (
    BOLD,
    BORDER,
    CENTRED,
    RECEIVING_UNIT,
    REPORTING_UNIT,
    WRAPPED,
    day,
    header_block,
    header_cell,
    print_landscape,
    put,
    put_date,
    put_figure,
    set_widths,
    sheet_title,
)
from .columns import column_tree, indicator_order, part_depths, write_indicator_header

SUMMARY_SHEET = "Tổng hợp"
MARK = "x"
STATUS_MISSING = "Chưa lập báo cáo"
# Points of row height per line of a wrapped header.
LINE_HEIGHT = 15


def write_totals_xlsx(totals, stream):
    """Write ``totals`` (``reports.figures.PeriodTotals``) to ``stream`` as XLSX."""
    book = Workbook()
    summary = book.active
    summary.title = SUMMARY_SHEET
    _summary(summary, totals)
    for form, lines in _by_form(totals.indicators):
        _form_sheet(book.create_sheet(sheet_title(form.sheet_name)), form, lines, totals)
    book.save(stream)


def _by_form(lines):
    """[(form, [IndicatorTotal])] in the template's order, which is the forms' order."""
    forms = {}
    for line in lines:
        form = line.indicator.form
        forms.setdefault(form.pk, (form, []))[1].append(line)
    return list(forms.values())


def _status_label(status):
    return status.report.get_status_display() if status.report else STATUS_MISSING


# --- The summary sheet ------------------------------------------------------------------


def _summary(sheet, totals):
    period = totals.period
    row = header_block(
        sheet,
        width=7,
        form_code=None,
        title="Tổng hợp tình hình báo cáo thống kê PBGDPL",
        period=period,
        reporting=REPORTING_UNIT,
        receiving=RECEIVING_UNIT,
        lines=[f"Hạn gửi báo cáo: {day(period.deadline)}"],
    )
    counts = [
        ("Số đơn vị báo cáo", len(totals.units)),
        ("Đã gửi", len(totals.submitted)),
        ("Trong đó: gửi muộn", len(totals.late)),
        ("Chưa gửi", len(totals.missing)),
    ]
    row += 1
    for label, count in counts:
        put(sheet, row, 2, label)
        put_figure(sheet, row, 3, count)
        row += 1
    row = _year_over_year(sheet, totals, row + 1)
    _unit_statuses(sheet, totals, row + 1)
    set_widths(sheet, {1: 24, 2: 50, 3: 20, 4: 14, 5: 16, 6: 14, 7: 12})
    print_landscape(sheet)


def _year_over_year(sheet, totals, row):
    previous = totals.period.previous()
    put(sheet, row, 1, "I. SỐ LIỆU TỔNG HỢP THEO CHỈ TIÊU", font=BOLD)
    row += 1
    compared = f"Kỳ so sánh: {previous.name}" if previous else "Kỳ so sánh (không có)"
    for column, label in enumerate(
        ["Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Kỳ này", compared, "Tăng, giảm"], start=1
    ):
        header_cell(sheet, row, column, label)
    sheet.row_dimensions[row].height = 2 * LINE_HEIGHT
    depths = part_depths([line.indicator for line in totals.indicators])
    for line in totals.indicators:
        row += 1
        indicator = line.indicator
        put(sheet, row, 1, indicator.code).border = BORDER
        put(
            sheet,
            row,
            2,
            indicator.name,
            alignment=Alignment(indent=2 * depths[indicator.pk], wrap_text=True),
        ).border = BORDER
        put(sheet, row, 3, indicator.measure).border = BORDER
        put_figure(sheet, row, 4, line.total)
        put_figure(sheet, row, 5, line.previous)
        change = None if line.previous is None else line.total - line.previous
        put_figure(sheet, row, 6, change)
    return row + 1


def _unit_statuses(sheet, totals, row):
    put(sheet, row, 1, "II. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ", font=BOLD)
    row += 1
    labels = ["STT", "Tên đơn vị", "Trạng thái", "Đã gửi", "Ngày gửi (lần đầu)"]
    labels += ["Gửi muộn", "Chưa gửi"]
    for column, label in enumerate(labels, start=1):
        header_cell(sheet, row, column, label)
    sheet.row_dimensions[row].height = 2 * LINE_HEIGHT
    for number, status in enumerate(totals.units, start=1):
        row += 1
        sent = status.has_submitted
        cells = [
            number,
            status.unit.name,
            _status_label(status),
            MARK if sent else None,
            None,
            MARK if status.was_late else None,
            None if sent else MARK,
        ]
        for column, value in enumerate(cells, start=1):
            cell = put(sheet, row, column, value)
            cell.border = BORDER
            if column in (1, 4, 6, 7):
                cell.alignment = CENTRED
        put_date(sheet, row, 5, status.report.first_submitted_at if sent else None)


# --- One sheet per form -----------------------------------------------------------------

FIRST_FIGURE_COLUMN = 3
NAME_WIDTH = 40
FIGURE_WIDTH = 16


def _form_sheet(sheet, form, lines, totals):
    by_indicator = {line.indicator.pk: line for line in lines}
    roots = column_tree([line.indicator for line in lines])
    indicators = indicator_order(roots)
    last_column = FIRST_FIGURE_COLUMN + len(indicators) - 1
    top = header_block(
        sheet,
        width=last_column,
        form_code=form.code,
        title=form.title,
        period=totals.period,
        reporting=REPORTING_UNIT,
        receiving=RECEIVING_UNIT,
    )
    measure_row = write_indicator_header(sheet, roots, top=top, first_column=FIRST_FIGURE_COLUMN)
    header_cell(sheet, top, 1, "STT", end_row=measure_row)
    header_cell(sheet, top, 2, "Tên đơn vị", end_row=measure_row)
    for row in range(top, measure_row):
        sheet.row_dimensions[row].height = _header_height(sheet, row, indicators)

    row = measure_row + 1
    put(sheet, row, 1, None).border = BORDER
    put(sheet, row, 2, "Tổng số", font=BOLD).border = BORDER
    for offset, indicator in enumerate(indicators):
        put_figure(
            sheet, row, FIRST_FIGURE_COLUMN + offset, by_indicator[indicator.pk].total, font=BOLD
        )
    for number, status in enumerate(totals.units, start=1):
        row += 1
        put(sheet, row, 1, number, alignment=CENTRED).border = BORDER
        put(sheet, row, 2, status.unit.name, alignment=WRAPPED).border = BORDER
        for offset, indicator in enumerate(indicators):
            figure = by_indicator[indicator.pk].by_unit.get(status.unit.pk)
            put_figure(sheet, row, FIRST_FIGURE_COLUMN + offset, figure)

    sheet.freeze_panes = sheet.cell(row=measure_row + 1, column=FIRST_FIGURE_COLUMN)
    widths = {1: 6, 2: NAME_WIDTH}
    widths.update(dict.fromkeys(range(FIRST_FIGURE_COLUMN, last_column + 1), FIGURE_WIDTH))
    set_widths(sheet, widths)
    print_landscape(sheet, title_rows=f"{top}:{measure_row}")


def _header_height(sheet, row, indicators):
    """Enough height for the longest name wrapped in its row (a merged cell spreads its
    text over the columns it covers)."""
    widths = {}
    for merged in sheet.merged_cells.ranges:
        if merged.min_row == row:
            widths[merged.min_col] = (merged.max_col - merged.min_col + 1) * FIGURE_WIDTH
    lines = 1
    for column in range(FIRST_FIGURE_COLUMN, FIRST_FIGURE_COLUMN + len(indicators)):
        value = sheet.cell(row=row, column=column).value
        if isinstance(value, str):
            width = widths.get(column, FIGURE_WIDTH)
            lines = max(lines, -(-len(value) // max(1, width - 2)))
    return min(lines, 8) * LINE_HEIGHT
