"""The server-rendered search page."""

from html.parser import HTMLParser

from search.engine import MAX_RESULTS


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href", ""))


def links(response):
    parser = Links()
    parser.feed(response.content.decode())
    return parser.links


def test_results_with_highlights_and_facets(client, bookshelf_documents):
    response = client.get("/tim-kiem/?q=luat+dat+dai")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tìm thấy 3 kết quả" in html
    assert "<mark>Đất đai</mark>" in html
    assert "31/2024/QH15" in html
    assert "Còn hiệu lực" in html
    assert "Loại văn bản" in html
    # Each facet value links to the same search with that filter added.
    assert "?q=luat+dat+dai&doc_type=luat" in links(response)


def test_a_picked_facet_filters_and_can_be_dropped(client, bookshelf_documents):
    response = client.get("/tim-kiem/?q=luat+dat+dai&doc_type=luat")
    html = response.content.decode()
    assert "Tìm thấy 2 kết quả" in html
    assert "102/2024/NĐ-CP" not in html
    assert 'aria-current="true" class="facet__selected"' in html
    assert "?q=luat+dat+dai" in links(response)


def test_year_facet_picks_a_year(client, bookshelf_documents):
    html = client.get("/tim-kiem/?q=dat+dai&year_from=2013&year_to=2013").content.decode()
    assert "Tìm thấy 1 kết quả" in html
    assert "45/2013/QH13" in html


def test_pagination_keeps_the_query_and_filters(client, bookshelf_documents, settings):
    settings.SEARCH_PAGE_SIZE = 2
    response = client.get("/tim-kiem/?q=dat+dai&kind=legal_document")
    assert "?q=dat+dai&kind=legal_document&page=2" in links(response)
    html = client.get("/tim-kiem/?q=dat+dai&page=99").content.decode()
    # A stale page number shows the last page rather than nothing.
    assert "Tìm thấy 3 kết quả" in html
    assert "31/2024/QH15" in html


def test_bad_filters_say_what_is_wrong(client, bookshelf_documents):
    html = client.get("/tim-kiem/?q=dat&doc_type=khong-co").content.decode()
    assert "không tìm thấy" in html.lower()
    deep = client.get("/tim-kiem/?q=dat&page=99999").content.decode()
    assert f"chỉ xem được {MAX_RESULTS} kết quả đầu tiên" in deep


def test_numbers_that_are_not_ascii_digits_are_ignored(client, bookshelf_documents):
    # "²" and "٣" are digits to str.isdigit(); the search page reads them as no number.
    for query in ("page=%C2%B2", "year_from=%C2%B2", "year_to=%D9%A3"):
        html = client.get(f"/tim-kiem/?q=dat+dai&{query}").content.decode()
        assert "Tìm thấy 3 kết quả" in html


def test_empty_search_shows_the_form_only(client, db):
    html = client.get("/tim-kiem/").content.decode()
    assert 'name="q"' in html
    assert "kết quả" not in html


def test_queries_do_not_grow_with_the_number_of_hits(
    client, justice_section, bookshelf_documents, indexed
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import LegalNewsPageFactory

    def publish_news(count, start=0):
        for number in range(start, start + count):
            page = LegalNewsPageFactory(
                parent=justice_section, title=f"Tin đất đai số {number}", live=False
            )
            with indexed():
                page.save_revision().publish()

    def queries():
        # The first request after publishing refreshes site-wide state (the content
        # version, the site's settings); count a second one.
        client.get("/tim-kiem/?q=dat+dai")
        with CaptureQueriesContext(connection) as captured:
            html = client.get("/tim-kiem/?q=dat+dai").content.decode()
        return len(captured.captured_queries), html

    publish_news(2)
    few, _ = queries()
    publish_news(6, start=2)
    many, html = queries()
    assert html.count('class="search-hit ') == 11
    assert many == few
