import pytest

from ..factories import QAIndexPageFactory
from .suggestion_fixtures import (  # noqa: F401 (fixtures of the suggestion tests)
    bookshelf_page,
    family_law_field,
    index_on_commit,
    published_answers,
    shelf_documents,
)


@pytest.fixture
def qa_index(db):
    """The Q&A section, published below the Vietnamese home page."""
    return QAIndexPageFactory()


@pytest.fixture
def land_law(db):
    """The Land Law on the bookshelf, with three articles to cite."""
    from ..factories import LegalDocumentFactory

    return LegalDocumentFactory(
        number="31/2024/QH15",
        title="Luật Đất đai",
        doc_type__name="Luật",
        issuer__name="Quốc hội",
        body=(
            "<p>Điều 1. Phạm vi điều chỉnh</p><p>Luật này quy định về chế độ sở hữu đất đai.</p>"
            "<p>Điều 27. Quyền chuyển đổi, chuyển nhượng quyền sử dụng đất</p><p>…</p>"
            "<p>Điều 45. Điều kiện thực hiện các quyền của người sử dụng đất</p><p>…</p>"
        ),
    )


@pytest.fixture
def asked(db, land_field, ward):
    """A new question about land, from a resident of the ward, who gave their phone."""
    from ..factories import QuestionFactory

    return QuestionFactory(
        title="Chuyển nhượng đất chưa có sổ đỏ",
        text=(
            "Tôi là Nguyễn Thị Hoa, số điện thoại 0912 345 678. Gia đình tôi muốn chuyển "
            "nhượng mảnh đất chưa có giấy chứng nhận thì có được không?"
        ),
        legal_field=land_field,
        locality=ward,
        asker_name="Nguyễn Thị Hoa",
        contact="0912345678",
    )


@pytest.fixture
def assigned(asked, board_member, justice_department):
    """The question, given by the board to the Department of Justice."""
    from qa import moderation

    return moderation.assign(asked, board_member, justice_department)
