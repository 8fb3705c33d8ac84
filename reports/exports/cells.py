"""What every statistics spreadsheet shares: the header block of the Ministry's forms,
text that never runs as a formula, figures with thousands separators, dates as
dd/mm/yyyy in Vietnam's time, and a landscape print setup."""

import datetime
import re

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from django.utils import timezone

from core.spreadsheets import guard_formula

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
REPORTING_UNIT = "Sở Tư pháp tỉnh Quảng Ninh"
RECEIVING_UNIT = "Bộ Tư pháp"
FIGURE_FORMAT = "#,##0"
DATE_FORMAT = "DD/MM/YYYY"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
_THIN = Side(style="thin")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
CENTRED = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAPPED = Alignment(vertical="top", wrap_text=True)
# Characters a worksheet cannot hold ("[]:*?/\"), in a form's sheet name typed by people.
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def text(value):
    """A string as a cell shows it: never a formula (``core.spreadsheets.guard_formula``),
    without the control characters a pasted text may carry, which a workbook cannot hold."""
    return guard_formula(ILLEGAL_CHARACTERS_RE.sub("", value))


def put(sheet, row, column, value, *, font=None, alignment=None, number_format=None):
    """Write ``value`` at (row, column); every string goes through ``text``."""
    cell = sheet.cell(
        row=row, column=column, value=text(value) if isinstance(value, str) else value
    )
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    if number_format is not None:
        cell.number_format = number_format
    return cell


def put_figure(sheet, row, column, value, *, font=None):
    """A figure (count or whole đồng) with thousands separators, in a bordered cell."""
    cell = put(sheet, row, column, value, font=font, number_format=FIGURE_FORMAT)
    cell.border = BORDER
    return cell


def local_date(moment):
    """The day of an aware datetime in Vietnam's time (the project's time zone)."""
    return timezone.localtime(moment).date() if moment else None


def put_date(sheet, row, column, moment):
    cell = put(sheet, row, column, local_date(moment), number_format=DATE_FORMAT)
    cell.border = BORDER
    return cell


def day(value):
    """dd/mm/yyyy of a date."""
    return value.strftime("%d/%m/%Y") if isinstance(value, datetime.date) else ""


def period_line(period):
    return f"Kỳ báo cáo: {period.name} (từ ngày {day(period.start)} đến ngày {day(period.end)})"


def header_block(sheet, *, width, form_code, title, period, reporting, receiving, lines=()):
    """The lines above a form's table: its number, who reports to whom, the title in
    capitals, the period and any further ``lines``, centred over ``width`` columns.
    Returns the first row free below them."""
    row = 1
    if form_code:
        put(sheet, row, 1, f"Biểu số {form_code}", font=BOLD)
        row += 1
    put(sheet, row, 1, f"Đơn vị báo cáo: {reporting}")
    put(sheet, row + 1, 1, f"Đơn vị nhận báo cáo: {receiving}")
    row += 2
    centred = [(title.upper(), TITLE), (period_line(period), None)]
    for line, font in [*centred, *((line, None) for line in lines)]:
        put(sheet, row, 1, line, font=font, alignment=Alignment(horizontal="center"))
        if width > 1:
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
    return row + 1


def header_cell(sheet, row, column, value, *, end_row=None, end_column=None):
    """A header cell of a table, merged over the given range, every cell of it bordered
    (a merged range shows the borders of its own cells)."""
    end_row, end_column = end_row or row, end_column or column
    put(sheet, row, column, value, font=BOLD, alignment=CENTRED)
    for r in range(row, end_row + 1):
        for c in range(column, end_column + 1):
            cell = sheet.cell(row=r, column=c)
            cell.border = BORDER
            cell.fill = HEADER_FILL
    if (end_row, end_column) != (row, column):
        sheet.merge_cells(
            start_row=row, start_column=column, end_row=end_row, end_column=end_column
        )


def set_widths(sheet, widths):
    """``widths``: {column number: width in characters}."""
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width


def print_landscape(sheet, *, title_rows=None):
    """A4 landscape, as wide as one page, repeating the table's header on every page."""
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        sheet.print_title_rows = title_rows


def sheet_title(name):
    """A form's sheet name as a worksheet accepts it (the workbook numbers duplicates)."""
    return _SHEET_NAME_FORBIDDEN.sub("-", name).strip()[:31] or "Biểu"
