"""The demo's bookshelf: a published bookshelf page, related documents, one draft, links
from demo pages; loading it again changes nothing."""

from unittest import mock

import pytest

from bookshelf.models import BookshelfPage, LegalDocument, LegalDocumentRelation, PageLegalDocument
from demo import bookshelf as demo
from tests.factories import LegalNewsPageFactory, home_page

LAND_NEWS = "Những điểm mới của Luật Đất đai 2024 người dân cần biết"


@pytest.fixture
def indexed():
    with mock.patch.object(demo, "index_legal_documents") as index:
        yield index


def snapshot():
    return {
        "documents": sorted(LegalDocument.objects.values_list("number", "live")),
        "relations": LegalDocumentRelation.objects.count(),
        "links": sorted(PageLegalDocument.objects.values_list("page_id", "legal_document_id")),
        "bookshelves": BookshelfPage.objects.count(),
    }


def test_loads_a_browsable_bookshelf_once(client, board_member, justice_section, indexed):
    news = LegalNewsPageFactory(parent=justice_section, title=LAND_NEWS)
    news.save_revision().publish()
    news.refresh_from_db()
    published_at = news.last_published_at

    assert demo.load_bookshelf(home_page(), board_member) == len(demo.DOCUMENTS)
    first = snapshot()
    assert demo.load_bookshelf(home_page(), board_member) == 0
    assert snapshot() == first

    assert len(first["documents"]) >= 15
    assert ("03/2019/TT-BTP", False) in first["documents"]
    assert first["relations"] == len(demo.RELATIONS)
    created = set(indexed.call_args.args[0])
    assert created == set(LegalDocument.objects.values_list("pk", flat=True))
    assert indexed.call_count == 1

    land_law = LegalDocument.objects.get(number="31/2024/QH15")
    assert land_law.live and land_law.attachments.count() == 1
    assert [entry.anchor for entry in land_law.table_of_contents][:3] == [
        "chuong-i",
        "dieu-1",
        "dieu-2",
    ]
    html = client.get(land_law.get_url()).content.decode()
    assert "Bị thay thế bởi" not in html and "Văn bản này thay thế" in html
    assert f'href="{news.url}"' in html

    news.refresh_from_db()
    assert [link.legal_document.number for link in news.legal_document_links.all()] == [
        "31/2024/QH15",
        "102/2024/NĐ-CP",
    ]
    assert news.last_published_at == published_at
    assert not news.has_unpublished_changes
    assert news.get_latest_revision().as_object().legal_document_links.count() == 2


def test_constitution_has_no_number(board_member, indexed):
    demo.load_bookshelf(home_page(), board_member)
    constitution = LegalDocument.objects.get(doc_type__name="Hiến pháp")
    assert constitution.has_no_number
    assert constitution.slug == "hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam"
