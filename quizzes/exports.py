"""A round's results as CSV or XLSX for organisers, in ranking order.

Every export has the rank, the public (masked) name and phone, the unit, the score and
what decided ties, and the prize. Birth date, CCCD, email and the full name and phone
are added only for staff holding ``quizzes.view_personal_data``.
"""

import csv
import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from django.db.models import Value
from django.utils import timezone

from core.spreadsheets import guard_formula, looks_like_formula
from home.phones import mask_name, mask_phone

from .models import Attempt, Participant
from .ranking import allocate_prizes, round_ranking

PUBLIC_COLUMNS = [
    "Hạng",
    "Họ và tên",
    "Số điện thoại",
    "Đơn vị",
    "Điểm",
    "Số câu đúng",
    "Dự đoán",
    "Chênh lệch dự đoán",
    "Thời gian làm bài (giây)",
    "Bắt đầu",
    "Lượt thứ",
    "Giải",
]
PERSONAL_COLUMNS = ["Ngày sinh", "Số CCCD", "Thư điện tử"]
# Rows fetched at a time while the export is written.
CHUNK = 5000


def result_rows(quiz, personal=False):
    """The header, then one row per ranked participant."""
    yield PUBLIC_COLUMNS + (PERSONAL_COLUMNS if personal else [])
    ranking = round_ranking(quiz)
    prizes = {}
    if quiz.perfect_count is not None:
        awards = allocate_prizes(quiz.get_parent().specific)
        prizes = {a.participant_id: a.prize for a in awards if a.quiz_id == quiz.pk}
    # Two queries over the whole round, not lists of ids: placeholders for 100,000 ids
    # cost more than the rows they fetch.
    numbers = {
        pk: rest
        for pk, *rest in Attempt.objects.filter(quiz=quiz, finished_at__isnull=False)
        .values_list("pk", "number", "correct_count", "prediction")
        .iterator(CHUNK)
    }
    # The CCCD is decrypted row by row: only for an export that shows it.
    cccd = "cccd" if personal else Value("")
    people = {
        pk: rest
        for pk, *rest in Participant.objects.filter(
            pk__in=Attempt.objects.filter(quiz=quiz).values("participant")
        )
        .values_list("pk", "full_name", "phone", "unit__name", "birth_date", cccd, "email")
        .iterator(CHUNK)
    }
    local = timezone.get_current_timezone()
    for row in ranking:
        name, phone, unit, born, cccd, email = people[row.participant_id]
        number, right, prediction = numbers[row.attempt_id]
        cells = [
            row.position,
            name if personal else mask_name(name),
            phone if personal else mask_phone(phone),
            unit,
            row.score,
            right,
            prediction,
            row.distance,
            round(row.duration_ms / 1000, 1),
            row.started_at.astimezone(local).strftime("%d/%m/%Y %H:%M:%S"),
            number,
            prizes.get(row.participant_id, ""),
        ]
        if personal:
            cells += [born.strftime("%d/%m/%Y"), cccd, email]
        yield cells


def write_csv(rows, stream):
    """UTF-8 with a BOM (so Excel reads the Vietnamese right); no cell runs as a formula."""
    stream.write("\ufeff")
    writer = csv.writer(stream)
    for row in rows:
        writer.writerow([guard_formula(c) if isinstance(c, str) else c for c in row])


def write_xlsx(rows, stream):
    """A streamed workbook (constant memory for 100,000 rows); text stays text."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Kết quả")
    for row in rows:
        sheet.append(
            [_text_cell(sheet, value) if looks_like_formula(value) else value for value in row]
        )
    book.save(stream)


def _text_cell(sheet, value):
    # Only these few cells get an object of their own: plain values are three times faster.
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # shown as typed, never computed
    return cell


def csv_bytes(rows):
    text = io.StringIO()
    write_csv(rows, text)
    return text.getvalue().encode("utf-8")
