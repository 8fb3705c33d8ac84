"""What the public sees of an online exchange's questions: the transcript the exchange
page shows and ``/api/qa/exchanges/{id}`` serves while it is live and afterwards.

A question appears once a moderator shows it (``shown_on_exchange``), as its text only:
never the asker's name or contact, and any phone number or email address the asker
typed into the text is masked as well, since the text is shown as the citizen wrote
it. Its answer appears once published; a question the officials took during the
broadcast is marked as answered live.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from django.utils.safestring import SafeString

from wagtail.rich_text import expand_db_html

from .models import Question

MASK = "[đã ẩn]"
# Vietnamese phone numbers as people type them: 0 or +84 and nine or ten more digits,
# maybe grouped by spaces, dots or hyphens ("0912 345 678", "+84.912.345.678"). Amounts
# ("100.000.000 đồng") do not start with 0, and dates or document numbers are shorter
# or use slashes.
_PHONE = re.compile(r"(?<![\w+])(?:\+\s?84|0)(?:[\s.\-]?\d){8,10}(?!\d)")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def without_contacts(text):
    """``text`` with phone numbers and email addresses replaced by a mark."""
    return _PHONE.sub(MASK, _EMAIL.sub(MASK, text))


@dataclass(frozen=True)
class TranscriptEntry:
    number: int
    text: str
    asked_at: datetime
    answered_live_at: datetime | None
    answer_html: SafeString | None

    @property
    def answered(self):
        return self.answer_html is not None or self.answered_live_at is not None


def transcript(exchange):
    """The exchange's shown questions, in the order they were asked."""
    questions = (
        Question.objects.filter(exchange=exchange, shown_on_exchange=True)
        .exclude(status=Question.Status.REJECTED)
        .order_by("created_at", "pk")
        .only("text", "status", "answer", "answered_live_at", "created_at")
    )
    return [
        TranscriptEntry(
            number=number,
            text=without_contacts(question.text),
            asked_at=question.created_at,
            answered_live_at=question.answered_live_at,
            answer_html=_published_answer(question),
        )
        for number, question in enumerate(questions, start=1)
    ]


def _published_answer(question):
    if question.status != Question.Status.PUBLISHED or not question.answer:
        return None
    return SafeString(expand_db_html(question.answer))
