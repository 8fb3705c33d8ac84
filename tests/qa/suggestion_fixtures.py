"""A small bookshelf and a Q&A section where every question of the suggestion tests has
one intended answer and one intended article, among decoys sharing common words with
it. The articles' labels are those of the Vietnamese laws they name."""

import datetime

import pytest

from wagtail.models import Page

from bookshelf.models import BookshelfPage, EffectStatus
from tests.factories import (
    DocumentTypeFactory,
    IssuingBodyFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
    QuestionAnswerPageFactory,
    home_page,
)


def law_text(*articles):
    """A law's body: each article a heading and a paragraph."""
    return "".join(
        f"<h4>Điều {number}. {title}</h4><p>{text}</p>" for number, title, text in articles
    )


FAMILY_LAW = law_text(
    (1, "Phạm vi điều chỉnh", "Luật này quy định chế độ hôn nhân và gia đình."),
    (8, "Điều kiện kết hôn", "Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên."),
    (51, "Quyền yêu cầu giải quyết ly hôn", "Vợ, chồng hoặc cả hai người có quyền yêu cầu."),
    (55, "Thuận tình ly hôn", "Trường hợp vợ chồng cùng yêu cầu ly hôn."),
    (
        56,
        "Ly hôn theo yêu cầu của một bên",
        "Khi vợ hoặc chồng yêu cầu ly hôn mà hòa giải tại cơ sở không thành thì Tòa án "
        "giải quyết cho ly hôn.",
    ),
    (
        81,
        "Việc trông nom, chăm sóc, nuôi dưỡng, giáo dục con sau khi ly hôn",
        "Sau khi ly hôn, cha mẹ vẫn có quyền, nghĩa vụ trông nom, chăm sóc con.",
    ),
    (132, "Hiệu lực thi hành", "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2015."),
)
CIVIL_STATUS_LAW = law_text(
    (1, "Phạm vi điều chỉnh", "Luật này quy định về hộ tịch."),
    (17, "Thẩm quyền đăng ký kết hôn", "Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên."),
    (18, "Thủ tục đăng ký kết hôn", "Hai bên nam, nữ nộp tờ khai đăng ký kết hôn."),
    (77, "Hiệu lực thi hành", "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2016."),
)
# Decoys: "đơn", "phường", "một bên", "yêu cầu" and "hôn" in other senses.
WARD_DECISION = law_text(
    (1, "Phạm vi điều chỉnh", "Quy định này áp dụng trên địa bàn các phường."),
    (5, "Đơn vị hành chính cấp phường", "Phường là đơn vị hành chính ở đô thị."),
    (6, "Đơn đề nghị cấp lại giấy khai sinh", "Người yêu cầu nộp đơn tại Ủy ban nhân dân phường."),
    (7, "Trách nhiệm của một bên trong hợp đồng", "Mỗi bên thực hiện nghĩa vụ đã cam kết."),
    (9, "Trách nhiệm thi hành", "Chủ tịch Ủy ban nhân dân các phường chịu trách nhiệm thi hành."),
)


@pytest.fixture
def index_on_commit(django_capture_on_commit_callbacks):
    """Run what waits for the transaction to commit (index updates) at the end of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def bookshelf_page(db):
    page = BookshelfPage(title="Tủ sách pháp luật", slug="tu-sach-phap-luat")
    home_page().add_child(instance=page)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def family_law_field(db):
    return LegalFieldFactory(name="Hôn nhân và gia đình")


@pytest.fixture
def shelf_documents(db, index_on_commit, bookshelf_page, family_law_field):
    law = DocumentTypeFactory(name="Luật")
    decision = DocumentTypeFactory(name="Quyết định")
    assembly = IssuingBodyFactory(name="Quốc hội")
    province = IssuingBodyFactory(name="UBND tỉnh Quảng Ninh")
    with index_on_commit():
        return {
            "family": LegalDocumentFactory(
                number="52/2014/QH13",
                title="Luật Hôn nhân và gia đình",
                doc_type=law,
                issuer=assembly,
                issued_date=datetime.date(2014, 6, 19),
                legal_fields=[family_law_field],
                body=FAMILY_LAW,
            ),
            "civil_status": LegalDocumentFactory(
                number="60/2014/QH13",
                title="Luật Hộ tịch",
                doc_type=law,
                issuer=assembly,
                issued_date=datetime.date(2014, 11, 20),
                body=CIVIL_STATUS_LAW,
            ),
            "wards": LegalDocumentFactory(
                number="12/2024/QĐ-UBND",
                title="Quyết định ban hành Quy định về hồ sơ, thủ tục tại phường",
                doc_type=decision,
                issuer=province,
                issued_date=datetime.date(2024, 3, 1),
                body=WARD_DECISION,
            ),
            "old_family": LegalDocumentFactory(
                number="22/2000/QH10",
                title="Luật Hôn nhân và gia đình",
                doc_type=law,
                issuer=assembly,
                issued_date=datetime.date(2000, 6, 9),
                status=EffectStatus.EXPIRED,
                body=law_text(
                    (85, "Ly hôn theo yêu cầu của một bên", "Khi một bên vợ hoặc chồng yêu cầu.")
                ),
            ),
        }


def publish(page, index_on_commit):
    with index_on_commit():
        page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def answer(qa_index, index_on_commit, title, question, text="<p>Trả lời.</p>", **fields):
    """A published answer, written as a draft and published as the board does."""
    page = QuestionAnswerPageFactory(
        parent=qa_index, title=title, question_text=question, answer=text, live=False, **fields
    )
    return publish(page, index_on_commit)


@pytest.fixture
def published_answers(qa_index, index_on_commit, family_law_field):
    return {
        "unilateral": answer(
            qa_index,
            index_on_commit,
            "Ly hôn đơn phương cần những thủ tục gì?",
            "Vợ chồng tôi mâu thuẫn kéo dài, tôi muốn ly hôn đơn phương thì nộp đơn ở đâu?",
            "<p>Theo Điều 56 Luật Hôn nhân và gia đình, Tòa án giải quyết khi hòa giải "
            "không thành.</p>",
        ),
        "marriage": answer(
            qa_index,
            index_on_commit,
            "Thủ tục đăng ký kết hôn cần giấy tờ gì?",
            "Tôi muốn đăng ký kết hôn thì cần giấy tờ gì, nộp ở đâu?",
        ),
        "consensual": answer(
            qa_index,
            index_on_commit,
            "Thuận tình ly hôn thì chia tài sản thế nào?",
            "Hai vợ chồng thuận tình ly hôn, tài sản chung chia thế nào?",
        ),
        "ward": answer(
            qa_index,
            index_on_commit,
            "Nộp đơn xin cấp lại giấy khai sinh ở phường nào?",
            "Tôi chuyển nhà sang phường khác thì nộp đơn ở phường nào?",
        ),
    }
