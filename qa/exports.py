"""The moderation queue as CSV, for the board to count, sort and follow up in a
spreadsheet: the filters of the screen applied.

UTF-8 with a byte order mark, so that Excel reads the Vietnamese right; no cell runs as
a formula (``core.spreadsheets``). Without ``qa.view_asker_contact`` the asker's name and
contact are masked, and the personal data they typed into the question is hidden
(``qa.scrubbing``), since a spreadsheet travels further than the admin.
"""

import csv

from django.utils import timezone

from core.spreadsheets import guard_formula
from home.phones import mask_name

from .contacts import masked_for_staff
from .scrubbing import scrub

HEADER = [
    "Mã tra cứu",
    "Gửi lúc",
    "Gửi qua",
    "Buổi giao lưu",
    "Trạng thái",
    "Quá hạn",
    "Số ngày chờ",
    "Lĩnh vực",
    "Địa bàn",
    "Đơn vị trả lời",
    "Tiêu đề",
    "Nội dung câu hỏi",
    "Người hỏi",
    "Liên hệ qua",
    "Liên hệ",
    "Trả lời lúc",
    "Trang công khai",
]


class _Echo:
    def write(self, value):
        return value


def _when(moment):
    return timezone.localtime(moment).strftime("%d/%m/%Y %H:%M") if moment else ""


def _cell(value):
    if value is None:
        return ""
    return guard_formula(str(value)) if isinstance(value, str) else value


def question_row(question, full_contact, overdue, now):
    waited = question.waited(now)
    if full_contact:
        name, contact, text = question.asker_name, question.contact, question.text
    else:
        name = mask_name(question.asker_name)
        contact = masked_for_staff(question.contact_kind, question.contact)
        text = scrub(question.text, names=[question.asker_name])
    return [
        question.tracking_code,
        _when(question.created_at),
        question.get_channel_display(),
        question.exchange.title if question.exchange_id else "",
        question.get_status_display(),
        "x" if overdue(question, now) else "",
        waited.days if waited is not None else "",
        question.legal_field.name if question.legal_field_id else "",
        question.locality.name if question.locality_id else "",
        question.unit.name if question.unit_id else "",
        question.title,
        text,
        name,
        question.get_contact_kind_display(),
        contact,
        _when(question.answered_at),
        question.page.full_url if question.page_id and question.page.live else "",
    ]


def queue_csv_lines(questions, full_contact, overdue, now=None):
    """The CSV lines (strings) of ``questions``, header first; ``overdue(question, now)``
    says whether each is overdue."""
    now = now or timezone.now()
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(HEADER)
    for question in questions.select_related("page").iterator(chunk_size=500):
        row = question_row(question, full_contact, overdue, now)
        yield writer.writerow([_cell(value) for value in row])
