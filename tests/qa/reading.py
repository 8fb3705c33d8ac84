"""Published answers and exchanges for the tests of the public side of Q&A."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Page

from bookshelf.models import BookshelfPage
from qa.models import AnswerReference, Question
from tests.factories import (
    DocumentTypeFactory,
    ExchangePageFactory,
    IssuingBodyFactory,
    LegalDocumentFactory,
    QuestionAnswerPageFactory,
    QuestionFactory,
    home_page,
)

LAND_LAW_TEXT = (
    "<p>Chương I</p><p>QUY ĐỊNH CHUNG</p>"
    "<p>Điều 1. Phạm vi điều chỉnh</p><p>Luật này quy định về chế độ sở hữu đất đai.</p>"
    "<p>Điều 56. Cho thuê đất</p><p>Nhà nước cho thuê đất thu tiền thuê đất hằng năm.</p>"
)
ASKER = {
    "asker_name": "Nguyễn Thị Hoa",
    "contact": "0912345678",
    "contact_kind": Question.ContactKind.PHONE,
}


def land_law(**fields):
    return LegalDocumentFactory(
        number="31/2024/QH15",
        title="Đất đai",
        doc_type=DocumentTypeFactory(name="Luật"),
        issuer=IssuingBodyFactory(name="Quốc hội"),
        body=LAND_LAW_TEXT,
        **fields,
    )


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def answer(section, title, *, fields=(), unit=None, question=None, answer_html=None, **extra):
    """A published answer below ``section``, classified as given."""
    page = QuestionAnswerPageFactory(
        parent=section,
        title=title,
        unit=unit,
        question_text=question or f"{title} Xin cảm ơn.",
        answer=answer_html or "<p>Theo quy định của pháp luật hiện hành.</p>",
        live=False,
        **extra,
    )
    page.legal_fields.set(fields)
    return publish(page)


def cite(page, document, anchor="", label=""):
    AnswerReference.objects.create(
        page=page, document=document, article_anchor=anchor, article_label=label
    )
    return publish(page)


def exchange(section, *, starts_in=datetime.timedelta(days=1), hours=2, **fields):
    """A published exchange starting ``starts_in`` from now (negative: already started)."""
    starts_at = timezone.now() + starts_in
    page = ExchangePageFactory(
        parent=section,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=hours),
        live=False,
        **fields,
    )
    return publish(page)


def exchange_question(page, text, **fields):
    """A question sent to the exchange ``page`` by a citizen with a name and a phone."""
    return QuestionFactory(
        exchange=page, text=text, channel=Question.Channel.EXCHANGE, **{**ASKER, **fields}
    )


@pytest.fixture
def bookshelf(db):
    """The bookshelf, published: cited documents have an address there."""
    page = BookshelfPage(title="Tủ sách pháp luật", slug="tu-sach-phap-luat")
    home_page().add_child(instance=page)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific
