"""Content pages share the search with legal documents, only while live and public."""

from wagtail.models import PageViewRestriction

from search import engine
from search.engine import Params
from tests.factories import LegalNewsPageFactory


def titles(q, **filters):
    return [result.title for result in engine.search(Params(q=q, **filters)).results]


def publish(page, indexed):
    with indexed():
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_published_pages_are_found_with_their_kind(justice_section, indexed, bookshelf_documents):
    page = LegalNewsPageFactory(parent=justice_section, title="Hỏi đáp về thu hồi đất", live=False)
    assert titles("hoi dap thu hoi") == []
    publish(page, indexed)

    response = engine.search(Params(q="thu hoi dat"))
    assert "Hỏi đáp về thu hồi đất" in [r.title for r in response.results]
    hit = next(r for r in response.results if r.kind == "legal_news")
    assert hit.url.endswith(page.url)
    assert hit.kind_label == "Tin pháp luật"
    kinds = {item.value: item.count for item in response.facets["kind"]}
    assert kinds["legal_news"] == 1
    assert kinds["legal_document"] >= 1
    assert titles("thu hoi dat", kind="legal_news") == ["Hỏi đáp về thu hồi đất"]


def test_every_content_type_is_searchable(one_of_each, indexed):
    for page in one_of_each.values():
        publish(page, indexed)
    kinds = {r.kind for r in engine.search(Params(q="", sort="newest", page_size=50)).results}
    assert kinds == {"legal_news", "infographic", "video", "leaflet", "ebook", "lecture"}


def test_unpublished_and_private_pages_leave_the_index(justice_section, indexed):
    page = publish(
        LegalNewsPageFactory(parent=justice_section, title="Tin về hòa giải", live=False), indexed
    )
    assert titles("hoa giai") == ["Tin về hòa giải"]

    with indexed():
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    assert titles("hoa giai") == []
    with indexed():
        restriction.delete()
    assert titles("hoa giai") == ["Tin về hòa giải"]

    with indexed():
        page.unpublish()
    assert titles("hoa giai") == []


def test_deleted_pages_leave_the_index(justice_section, indexed):
    page = publish(
        LegalNewsPageFactory(parent=justice_section, title="Tin về trợ giúp pháp lý", live=False),
        indexed,
    )
    with indexed():
        page.delete()
    assert titles("tro giup phap ly") == []


def test_pages_in_another_language_are_left_out(justice_section, indexed, bookshelf_documents):
    publish(
        LegalNewsPageFactory(parent=justice_section, title="Đất đai và hòa giải", live=False),
        indexed,
    )
    assert "Đất đai và hòa giải" in titles("dat dai", language="vi")
    found = titles("dat dai", language="en")
    assert "Đất đai và hòa giải" not in found
    # Legal documents are shown in every language.
    assert "Đất đai" in found
