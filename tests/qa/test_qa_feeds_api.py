"""Published answers and exchanges reach other sites as any content does: in the feeds
(and a Q&A feed per legal field), the content API, embeds and the national portal
export."""

import datetime
import itertools

import feedparser
import pytest

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from qa.models import ExchangePage
from tests.factories import LegalFieldFactory, LegalNewsPageFactory

from .reading import answer, bookshelf, cite, exchange, land_law  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"
_counter = itertools.count()


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content, resolve_relative_uris=False, sanitize_html=False)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


def titles(feed):
    return [entry.title for entry in feed.entries]


@pytest.fixture
def published(qa_index, land_field, ward):
    page = answer(
        qa_index,
        "Thuê đất trả tiền hằng năm thì nộp khi nào?",
        fields=[land_field],
        unit=ward,
        question="Gia đình tôi thuê đất của xã.",
        answer_html="<p>Theo <b>Điều 56</b> Luật Đất đai, tiền thuê nộp hằng năm.</p>",
    )
    return page


@pytest.fixture
def coming(qa_index, ward):
    page = exchange(qa_index, title="Giao lưu về Luật Đất đai 2024", unit=ward)
    page.guests.create(name="Trần Văn Nam", position="Phó Giám đốc Sở Tư pháp")
    page.save_revision().publish()
    return page


# Feeds ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_site_feed_carries_answers_and_exchanges(client, published, coming, kind):
    feed = read_feed(client, f"/feeds/{kind}/")
    assert {published.title, coming.title} <= set(titles(feed))
    entry = next(entry for entry in feed.entries if entry.title == published.title)
    content = entry.content[0].value
    assert "Gia đình tôi thuê đất của xã." in content
    assert "<b>Điều 56</b>" in content
    assert entry.link == published.get_full_url()
    event = next(entry for entry in feed.entries if entry.title == coming.title)
    assert "Trần Văn Nam, Phó Giám đốc Sở Tư pháp" in event.content[0].value


@pytest.mark.usefixtures("bookshelf")
def test_an_answers_legal_basis_links_absolutely_in_feeds(client, published):
    cite(published, land_law(), "dieu-56", "Điều 56")
    entry = next(
        entry
        for entry in read_feed(client, "/feeds/rss/").entries
        if entry.title == published.title
    )
    assert f'href="{ROOT}/tu-sach-phap-luat/van-ban/31-2024-qh15-dat-dai/#dieu-56"' in (
        entry.content[0].value
    )


def test_the_qa_section_unit_and_field_feeds_carry_answers(
    client, qa_index, published, coming, land_field, ward
):
    assert set(titles(read_feed(client, f"/feeds/section/{qa_index.slug}/rss/"))) == {
        published.title,
        coming.title,
    }
    assert published.title in titles(read_feed(client, f"/feeds/unit/{ward.slug}/rss/"))
    assert published.title in titles(
        read_feed(client, f"/feeds/legal-field/{land_field.slug}/rss/")
    )


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_qa_feed_of_a_field_lists_its_answers_only(
    client, qa_index, published, land_field, justice_section, kind
):
    news = LegalNewsPageFactory(parent=justice_section, title="Tin về đất đai", live=False)
    news.legal_fields.add(land_field)
    news.save_revision().publish()
    answer(qa_index, "Ly hôn thuận tình?", fields=[LegalFieldFactory(name="Hôn nhân")])

    feed = read_feed(client, f"/feeds/qa/legal-field/{land_field.slug}/{kind}/")
    assert titles(feed) == [published.title]
    assert feed.feed.title.startswith(f"{qa_index.title}: Đất đai")
    assert feed.feed.link == f"{ROOT}{qa_index.url}linh-vuc/{land_field.slug}/"


def test_the_qa_feed_of_an_unknown_field_is_not_found(client, qa_index):
    assert client.get("/feeds/qa/legal-field/khong-co/rss/").status_code == 404


def test_pages_link_their_qa_feeds(client, qa_index, published, land_field):
    field_page = client.get(f"{qa_index.url}linh-vuc/{land_field.slug}/").content.decode()
    assert f'href="/feeds/qa/legal-field/{land_field.slug}/rss/"' in field_page
    section = client.get(qa_index.url).content.decode()
    assert f'href="/feeds/section/{qa_index.slug}/rss/"' in section
    answer_page = client.get(published.url).content.decode()
    assert f'href="/feeds/section/{qa_index.slug}/atom/"' in answer_page


# Content API ------------------------------------------------------------------------------


def api(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response


@pytest.mark.usefixtures("bookshelf")
def test_the_api_gives_an_answer_with_its_legal_basis(client, published, land_field):
    cite(published, land_law(), "dieu-56", "Điều 56")
    body = api(client, f"/api/v2/pages/{published.pk}/").json()

    assert body["meta"]["type"] == "qa.QuestionAnswerPage"
    assert body["question_text"] == "Gia đình tôi thuê đất của xã."
    assert body["answer"] == "<p>Theo <b>Điều 56</b> Luật Đất đai, tiền thuê nộp hằng năm.</p>"
    assert body["unit"]["slug"] == "phuong-ha-long"
    assert body["legal_fields"] == [{"id": land_field.pk, "name": "Đất đai", "slug": "dat-dai"}]
    assert body["legal_basis"] == [
        {
            "document": {
                "id": body["legal_basis"][0]["document"]["id"],
                "number": "31/2024/QH15",
                "title": "Đất đai",
                "type": "Luật",
                "status": "con_hieu_luc",
            },
            "article": "Điều 56",
            "url": f"{ROOT}/tu-sach-phap-luat/van-ban/31-2024-qh15-dat-dai/#dieu-56",
        }
    ]
    assert "external_id" not in body


def test_answers_filter_by_field_unit_and_section(client, qa_index, published, land_field, ward):
    for query in (
        f"legal_field={land_field.slug}",
        f"unit={ward.slug}",
        f"section={qa_index.slug}",
        "search=thue dat hang nam",
    ):
        items = api(client, f"/api/v2/pages/?type=qa.QuestionAnswerPage&{query}").json()["items"]
        assert [item["id"] for item in items] == [published.pk], query


@pytest.mark.usefixtures("bookshelf")
def test_an_answer_listing_costs_the_same_queries_for_more_pages(
    client, qa_index, land_field, ward, django_assert_max_num_queries
):
    law = land_law()
    url = "/api/v2/pages/?type=qa.QuestionAnswerPage&fields=*&limit=20"
    cite(answer(qa_index, "Câu hỏi 1?", fields=[land_field], unit=ward), law, "dieu-1", "Điều 1")
    with CaptureQueriesContext(connection) as few:
        api(client, f"{url}&_={next(_counter)}")
    for number in range(2, 9):
        page = answer(qa_index, f"Câu hỏi {number}?", fields=[land_field], unit=ward)
        cite(page, law, "dieu-56", "Điều 56")
    with django_assert_max_num_queries(len(few)):
        assert len(api(client, f"{url}&_={next(_counter)}").json()["items"]) == 8


def test_the_api_gives_an_exchange_with_its_state_and_guests(client, coming):
    body = api(client, f"/api/v2/pages/{coming.pk}/").json()
    assert body["meta"]["type"] == "qa.ExchangePage"
    assert body["state"] == "upcoming"
    assert body["accepts_questions"] is True
    assert body["guests"] == [{"name": "Trần Văn Nam", "position": "Phó Giám đốc Sở Tư pháp"}]
    assert body["starts_at"].endswith("+07:00")


def test_an_exchanges_state_is_never_served_stale(client, coming, settings):
    settings.PUBLIC_CACHE_SERVER_SECONDS = 300
    url = "/api/v2/pages/?type=qa.ExchangePage&fields=state"
    with TestCase.captureOnCommitCallbacks(execute=True):
        first = api(client, url)
    assert first.json()["items"][0]["state"] == "upcoming"
    # Clients and proxies may keep it a minute; the server keeps nothing.
    assert first["Cache-Control"] == "public, max-age=60"

    # The exchange starts: nothing is saved, only the clock moves on.
    start = coming.starts_at - datetime.timedelta(days=2)
    ExchangePage.objects.filter(pk=coming.pk).update(starts_at=start)
    assert api(client, url).json()["items"][0]["state"] == "live"
    assert api(client, f"/api/v2/pages/{coming.pk}/").json()["state"] == "live"


def test_other_listings_are_still_kept_by_the_server(client, published, settings):
    settings.PUBLIC_CACHE_SERVER_SECONDS = 300
    url = "/api/v2/pages/?type=qa.QuestionAnswerPage&fields=question_text"
    api(client, url)
    with CaptureQueriesContext(connection) as again:
        response = api(client, url)
    assert response.has_header("ETag")
    assert len(again) == 0


# Embeds and the national portal ----------------------------------------------------------


def test_an_answer_can_be_embedded_on_another_site(client, published):
    response = client.get(f"/embed/{published.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Gia đình tôi thuê đất của xã." in html
    assert "<b>Điều 56</b>" in html
    assert 'class="embed embed--qa"' in html

    oembed = client.get("/api/oembed", {"url": published.get_full_url()}).json()
    assert oembed["type"] == "rich"
    assert f"/embed/{published.pk}/" in oembed["html"]
    assert oembed["author_name"] == "Phường Hạ Long"


def test_an_exchange_is_embedded_as_a_card(client, coming):
    html = client.get(f"/embed/{coming.pk}/").content.decode()
    assert "Xem đầy đủ" in html
    assert coming.title in html


def test_the_national_portal_export_lists_answers_and_exchanges(client, published, coming):
    day = published.first_published_at.date().isoformat()
    body = client.get("/api/exports/activities", {"from": day, "to": day}).json()
    kinds = {item["type"]: item for item in body["items"]}
    assert kinds["qa"]["title"] == published.title
    assert kinds["qa"]["type_label"] == "Hỏi đáp pháp luật"
    assert kinds["exchange"]["title"] == coming.title
