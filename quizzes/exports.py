"""A round's results as CSV or XLSX for organisers, in ranking order.

Every export has the rank, the public (masked) name and phone, the unit, the score and
what decided ties, and the prize. Birth date, CCCD, email and the full name and phone
are added only for staff holding ``quizzes.view_personal_data``.
"""

import csv
import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from django.utils import timezone

from cms.spreadsheets import guard_formula, looks_like_formula

from .models import Participant
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
# Participants read per query while rows are written.
CHUNK = 5000


def result_rows(quiz, personal=False):
    """The header, then one row per ranked participant."""
    yield PUBLIC_COLUMNS + (PERSONAL_COLUMNS if personal else [])
    ranking = round_ranking(quiz)
    prizes = {}
    if quiz.perfect_count is not None:
        awards = allocate_prizes(quiz.get_parent().specific)
        prizes = {a.participant_id: a.prize for a in awards if a.quiz_id == quiz.pk}
    numbers = _attempt_numbers([row.attempt_id for row in ranking])
    for start in range(0, len(ranking), CHUNK):
        part = ranking[start : start + CHUNK]
        people = Participant.objects.select_related("unit").in_bulk(
            [row.participant_id for row in part]
        )
        for row in part:
            person = people[row.participant_id]
            number, right, prediction = numbers[row.attempt_id]
            cells = [
                row.position,
                person.full_name if personal else person.public_name,
                person.phone if personal else person.public_phone,
                person.unit.name,
                row.score,
                right,
                prediction,
                row.distance,
                round(row.duration_ms / 1000, 1),
                timezone.localtime(row.started_at).strftime("%d/%m/%Y %H:%M:%S"),
                number,
                prizes.get(row.participant_id, ""),
            ]
            if personal:
                cells += [person.birth_date.strftime("%d/%m/%Y"), person.cccd, person.email]
            yield cells


def _attempt_numbers(attempt_ids):
    """{attempt id: (number, correct count, prediction)}."""
    from .models import Attempt

    found = {}
    for start in range(0, len(attempt_ids), CHUNK):
        rows = Attempt.objects.filter(pk__in=attempt_ids[start : start + CHUNK]).values_list(
            "pk", "number", "correct_count", "prediction"
        )
        found.update({pk: (number, right, guess) for pk, number, right, guess in rows})
    return found


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
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if looks_like_formula(value):
                cell.data_type = "s"  # shown as typed, never computed
            cells.append(cell)
        sheet.append(cells)
    book.save(stream)


def csv_bytes(rows):
    text = io.StringIO()
    write_csv(rows, text)
    return text.getvalue().encode("utf-8")
