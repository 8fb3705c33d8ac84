import datetime

import pytest

from bookshelf.models import EffectStatus
from tests.factories import DocumentTypeFactory, IssuingBodyFactory, LegalDocumentFactory


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """Run what waits for the transaction to commit (index updates) at the end of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def bookshelf_documents(db, indexed, land_field):
    """A small bookshelf where every spelling of the issue has one intended answer, and
    decoys that share words or numbers with it."""
    law = DocumentTypeFactory(name="Luật")
    decree = DocumentTypeFactory(name="Nghị định")
    circular = DocumentTypeFactory(name="Thông tư")
    constitution = DocumentTypeFactory(name="Hiến pháp")
    assembly = IssuingBodyFactory(name="Quốc hội")
    government = IssuingBodyFactory(name="Chính phủ")
    finance = IssuingBodyFactory(name="Bộ Tài chính")
    with indexed():
        docs = {
            "land_2024": LegalDocumentFactory(
                number="31/2024/QH15",
                title="Đất đai",
                doc_type=law,
                issuer=assembly,
                issued_date=datetime.date(2024, 1, 18),
                legal_fields=[land_field],
                body="<p>Điều 1. Luật này quy định về chế độ sở hữu đất đai.</p>",
            ),
            "land_2013": LegalDocumentFactory(
                number="45/2013/QH13",
                title="Đất đai",
                doc_type=law,
                issuer=assembly,
                issued_date=datetime.date(2013, 11, 29),
                status=EffectStatus.EXPIRED,
                legal_fields=[land_field],
                body="<p>Luật này quy định về chế độ sở hữu đất đai.</p>",
            ),
            "decree_52": LegalDocumentFactory(
                number="52/2015/NĐ-CP",
                title="Về cơ sở dữ liệu quốc gia về pháp luật",
                doc_type=decree,
                issuer=government,
                issued_date=datetime.date(2015, 5, 28),
                body="<p>Nghị định này quy định về xây dựng, quản lý cơ sở dữ liệu.</p>",
            ),
            "circular_52": LegalDocumentFactory(
                number="52/2015/TT-BTC",
                title="Hướng dẫn quản lý tài chính",
                doc_type=circular,
                issuer=finance,
                issued_date=datetime.date(2015, 4, 1),
                body="<p>Thông tư này hướng dẫn quản lý tài chính.</p>",
            ),
            "decree_102": LegalDocumentFactory(
                number="102/2024/NĐ-CP",
                title="Quy định chi tiết thi hành một số điều của Luật Đất đai",
                doc_type=decree,
                issuer=government,
                issued_date=datetime.date(2024, 7, 30),
                legal_fields=[land_field],
                body=(
                    "<p>Căn cứ Luật Đất đai số 31/2024/QH15; căn cứ Nghị định số "
                    "52/2015/NĐ-CP của Chính phủ; quyền sử dụng đất của hộ gia đình.</p>"
                ),
            ),
            "scattered": LegalDocumentFactory(
                number="15/2023/QĐ-UBND",
                title="Quy định bồi thường khi Nhà nước thu hồi đất",
                doc_type=DocumentTypeFactory(name="Quyết định"),
                issuer=IssuingBodyFactory(name="UBND tỉnh Quảng Ninh"),
                issued_date=datetime.date(2025, 3, 1),
                body=(
                    "<p>Người có quyền được bồi thường; việc sử dụng tài sản trên đất "
                    "phải đúng mục đích.</p>"
                ),
            ),
            "water": LegalDocumentFactory(
                number="08/2017/QH14",
                title="Thủy lợi",
                doc_type=law,
                issuer=assembly,
                issued_date=datetime.date(2017, 6, 19),
                body="<p>Luật này quy định về hoạt động thủy lợi.</p>",
            ),
            "constitution": LegalDocumentFactory(
                number="Không số",
                title="Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                doc_type=constitution,
                issuer=assembly,
                issued_date=datetime.date(2013, 11, 28),
                body="<p>Nhân dân Việt Nam xây dựng, thi hành và bảo vệ Hiến pháp này.</p>",
            ),
        }
    return docs
