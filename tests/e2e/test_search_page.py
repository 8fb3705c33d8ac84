"""The search page on a phone: typed without diacritics, a document number, facets."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.factories import DocumentTypeFactory, IssuingBodyFactory, LegalDocumentFactory


@pytest.fixture
def documents(site):
    law = DocumentTypeFactory(name="Luật")
    decree = DocumentTypeFactory(name="Nghị định")
    assembly = IssuingBodyFactory(name="Quốc hội")
    government = IssuingBodyFactory(name="Chính phủ")
    LegalDocumentFactory(
        number="31/2024/QH15",
        title="Đất đai",
        doc_type=law,
        issuer=assembly,
        issued_date=datetime.date(2024, 1, 18),
        body="<p>Luật này quy định về chế độ sở hữu đất đai.</p>",
    )
    LegalDocumentFactory(
        number="102/2024/NĐ-CP",
        title="Quy định chi tiết thi hành một số điều của Luật Đất đai",
        doc_type=decree,
        issuer=government,
        issued_date=datetime.date(2024, 7, 30),
    )
    LegalDocumentFactory(
        number="52/2015/NĐ-CP",
        title="Về cơ sở dữ liệu quốc gia về pháp luật",
        doc_type=decree,
        issuer=government,
        issued_date=datetime.date(2015, 5, 28),
    )


def search(visit, live_server, query):
    visit.tab.goto(live_server.url + "/tim-kiem/", wait_until="load")
    box = visit.tab.get_by_label("Tên văn bản, số ký hiệu", exact=False)
    box.fill(query)
    box.press("Enter")
    visit.tab.wait_for_load_state("load")


def test_typed_without_diacritics_on_a_phone(phone, live_server, documents):
    search(phone, live_server, "luat dat dai")

    tab = phone.tab
    expect(tab.locator("#results-heading")).to_contain_text("Tìm thấy")
    first = tab.locator(".search-hit").first
    expect(first).to_contain_text("31/2024/QH15")
    expect(first).to_contain_text("Còn hiệu lực")
    expect(first.locator("mark").first).to_have_text("Đất đai")
    layout_width = tab.evaluate("document.documentElement.clientWidth")
    assert tab.evaluate("document.documentElement.scrollWidth") <= layout_width
    assert phone.external_requests == []
    assert phone.failed == []


def test_a_facet_narrows_the_results_and_can_be_dropped(phone, live_server, documents):
    search(phone, live_server, "dat dai")
    tab = phone.tab
    everything = tab.locator("#results-heading").inner_text()
    facet = tab.locator(".facet", has_text="Loại văn bản")
    facet.get_by_role("link", name="Nghị định").click()
    tab.wait_for_load_state("load")

    expect(tab.locator("#results-heading")).to_contain_text("Tìm thấy 1 kết quả")
    expect(tab.locator(".search-hit")).to_contain_text("102/2024/NĐ-CP")
    expect(tab.locator(".search-hit")).to_contain_text("Văn bản pháp luật")
    # The type facet still offers the other type, counted under the other filters.
    expect(facet.get_by_role("link", name="Luật")).to_contain_text("1")

    tab.get_by_role("link", name="Bỏ tất cả bộ lọc").click()
    tab.wait_for_load_state("load")
    expect(tab.locator("#results-heading")).to_have_text(everything)


def test_a_number_in_another_spelling_comes_first(phone, live_server, documents):
    search(phone, live_server, "nd 52/2015")
    expect(phone.tab.locator(".search-hit").first).to_contain_text("52/2015/NĐ-CP")


def test_a_found_document_opens_on_a_phone_with_its_contents(phone, live_server, site):
    from bookshelf.models import BookshelfPage
    from demo.pages import add_published

    add_published(site.home, BookshelfPage(title="Tủ sách pháp luật", summary="Văn bản, sách"))
    LegalDocumentFactory(
        number="31/2024/QH15",
        title="Đất đai",
        doc_type=DocumentTypeFactory(name="Luật"),
        issuer=IssuingBodyFactory(name="Quốc hội"),
        body=(
            "<h2>Chương I. NHỮNG QUY ĐỊNH CHUNG</h2><p><strong>Điều 1. Phạm vi điều chỉnh"
            "</strong></p><p>Luật này quy định về chế độ sở hữu đất đai.</p>"
            "<p><strong>Điều 2. Đối tượng áp dụng</strong></p><p>Cơ quan nhà nước.</p>"
        ),
    )
    search(phone, live_server, "31/2024/qh15")
    tab = phone.tab
    tab.locator(".search-hit").first.get_by_role("link").click()
    tab.wait_for_load_state("load")

    expect(tab.locator("h1")).to_contain_text("Đất đai")
    expect(tab.locator(".status")).to_contain_text("Còn hiệu lực")
    tab.get_by_text("Mục lục").click()
    tab.get_by_role("link", name="Điều 2. Đối tượng áp dụng").click()
    assert tab.evaluate("location.hash") == "#dieu-2"
    layout_width = tab.evaluate("document.documentElement.clientWidth")
    assert tab.evaluate("document.documentElement.scrollWidth") <= layout_width
    assert phone.external_requests == []
    assert phone.failed == []
