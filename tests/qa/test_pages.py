"""Citizens read the published answers on their phones: the Q&A section, by legal field
and by unit, and each answer with its legal basis linked to the bookshelf."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from bookshelf.models import EffectStatus
from tests.factories import (
    LegalFieldFactory,
    QAIndexPageFactory,
    QuestionAnswerPageFactory,
    UnitFactory,
)

from .reading import answer, bookshelf, cite, exchange, land_law  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def listed_titles(soup):
    return [link.get_text(strip=True) for link in soup.select(".qa-list .qa-item__title a")]


@pytest.fixture
def family_field(db):
    return LegalFieldFactory(name="Hôn nhân và gia đình")


@pytest.fixture
def answers(qa_index, land_field, family_field, ward, justice_department):
    """Three published answers, oldest first, and a draft."""
    first = answer(qa_index, "Thủ tục cấp sổ đỏ lần đầu?", fields=[land_field], unit=ward)
    second = answer(
        qa_index,
        "Ly hôn thuận tình cần giấy tờ gì?",
        fields=[family_field],
        unit=justice_department,
    )
    third = answer(
        qa_index,
        "Tranh chấp ranh giới đất với nhà bên cạnh?",
        fields=[land_field, family_field],
        unit=ward,
    )
    QuestionAnswerPageFactory(parent=qa_index, title="Bản nháp chưa đăng", live=False)
    return [first, second, third]


def test_the_section_lists_published_answers_newest_first(client, qa_index, answers):
    soup = page_html(client, qa_index.url)

    assert listed_titles(soup) == [page.title for page in reversed(answers)]
    assert "Bản nháp chưa đăng" not in soup.get_text()
    assert soup.select_one("#answers-heading .count").get_text() == "(3)"
    assert len(soup.find_all("h1")) == 1


def test_asking_and_following_a_question_come_first(client, qa_index, answers):
    soup = page_html(client, qa_index.url)

    ask = soup.find("a", string="Đặt câu hỏi")
    track = soup.find("a", string="Tra cứu câu hỏi")
    assert ask["href"] == f"{qa_index.url}dat-cau-hoi/"
    assert track["href"] == f"{qa_index.url}tra-cuu/"
    # Before the answers, so that a phone shows them without scrolling.
    html = str(soup)
    assert html.index("Đặt câu hỏi") < html.index("answers-heading")


def test_the_answers_can_be_searched_without_diacritics(client, qa_index, answers):
    form = page_html(client, qa_index.url).find("form", class_="qa-search")
    assert form["action"] == "/tim-kiem/"
    assert form.find("input", attrs={"name": "kind"})["value"] == "qa"


def test_filters_by_field_and_by_unit_link_with_their_counts(
    client, qa_index, answers, land_field, family_field, ward, justice_department
):
    soup = page_html(client, qa_index.url)
    links = {
        link.contents[0].strip(): (link["href"], link.select_one(".count").get_text())
        for link in soup.select(".qa-filters a")
        if link.select_one(".count")
    }

    assert links["Đất đai"] == (f"{qa_index.url}linh-vuc/{land_field.slug}/", "2")
    assert links["Hôn nhân và gia đình"] == (f"{qa_index.url}linh-vuc/{family_field.slug}/", "2")
    assert links["Phường Hạ Long"] == (f"{qa_index.url}don-vi/{ward.slug}/", "2")
    assert links["Sở Tư pháp"] == (f"{qa_index.url}don-vi/{justice_department.slug}/", "1")


def test_a_fields_page_lists_its_answers_only(client, qa_index, answers, land_field):
    soup = page_html(client, f"{qa_index.url}linh-vuc/{land_field.slug}/")

    assert soup.h1.get_text() == "Đất đai"
    assert listed_titles(soup) == [answers[2].title, answers[0].title]
    assert soup.select_one(".qa-filters a[aria-current]").contents[0].strip() == "Đất đai"
    # Its own address is canonical, not the section's.
    canonical = soup.find("link", rel="canonical")["href"]
    assert canonical.endswith(f"{qa_index.url}linh-vuc/{land_field.slug}/")
    # Its breadcrumbs lead back to the section.
    crumbs = [item.get_text(strip=True) for item in soup.select(".breadcrumbs li")]
    assert crumbs[-2:] == [qa_index.title, "Đất đai"]


def test_a_units_page_lists_its_answers_only(client, qa_index, answers, justice_department):
    soup = page_html(client, f"{qa_index.url}don-vi/{justice_department.slug}/")

    assert soup.h1.get_text() == "Sở Tư pháp"
    assert listed_titles(soup) == [answers[1].title]


def test_unknown_fields_and_units_are_not_found(client, qa_index):
    assert client.get(f"{qa_index.url}linh-vuc/khong-co/").status_code == 404
    assert client.get(f"{qa_index.url}don-vi/khong-co/").status_code == 404


def test_a_field_without_answers_says_so(client, qa_index, answers):
    empty = LegalFieldFactory(name="Thuế")
    soup = page_html(client, f"{qa_index.url}linh-vuc/{empty.slug}/")

    assert listed_titles(soup) == []
    assert "Chưa có câu hỏi nào được trả lời ở đây" in soup.get_text()


@override_settings(SECTION_PAGE_SIZE=2)
def test_long_listings_are_paged(client, qa_index, answers, land_field):
    first = page_html(client, qa_index.url)
    second = page_html(client, f"{qa_index.url}?page=2")
    beyond = page_html(client, f"{qa_index.url}?page=99")

    assert len(listed_titles(first)) == 2
    assert listed_titles(second) == [answers[0].title]
    assert listed_titles(beyond) == listed_titles(second)
    assert first.select_one(".pagination a[rel=next]")["href"] == "?page=2"


def test_answers_of_another_qa_section_stay_out(client, qa_index, answers, land_field):
    other = QAIndexPageFactory(title="Hỏi đáp của xã")
    answer(other, "Câu hỏi ở chuyên mục khác?", fields=[land_field])

    soup = page_html(client, qa_index.url)
    assert "Câu hỏi ở chuyên mục khác?" not in listed_titles(soup)
    assert soup.select_one("#answers-heading .count").get_text() == "(3)"


def test_coming_and_past_exchanges_are_shown(client, qa_index):
    live = exchange(
        qa_index, title="Giao lưu về Luật Đất đai", starts_in=-datetime.timedelta(minutes=30)
    )
    coming = exchange(qa_index, title="Giao lưu về hòa giải ở cơ sở")
    past = exchange(
        qa_index,
        title="Giao lưu về phòng, chống bạo lực gia đình",
        starts_in=-datetime.timedelta(days=10),
    )
    soup = page_html(client, qa_index.url)

    coming_items = soup.select("#coming-exchanges-heading + .exchange-list .exchange-item")
    assert [item.h3.get_text(strip=True) for item in coming_items] == [live.title, coming.title]
    assert coming_items[0].select_one(".exchange-state").get_text() == "Đang diễn ra"
    assert coming_items[1].select_one(".exchange-state").get_text() == "Sắp diễn ra"
    past_items = soup.select("#past-exchanges-heading + .exchange-list .exchange-item")
    assert [item.h3.get_text(strip=True) for item in past_items] == [past.title]
    assert past_items[0].select_one(".exchange-state").get_text() == "Đã kết thúc"


def test_the_section_costs_the_same_queries_for_many_answers(
    client, qa_index, land_field, ward, django_assert_max_num_queries
):
    answer(qa_index, "Câu hỏi số 1?", fields=[land_field], unit=ward)
    with CaptureQueriesContext(connection) as few:
        client.get(qa_index.url)
    for number in range(2, 12):
        answer(qa_index, f"Câu hỏi số {number}?", fields=[land_field], unit=ward)
    with django_assert_max_num_queries(len(few)):
        client.get(qa_index.url)


# A published answer -------------------------------------------------------------------


def test_an_answer_shows_the_question_answer_field_unit_and_dates(
    client, qa_index, land_field, ward
):
    page = answer(
        qa_index,
        "Thủ tục cấp sổ đỏ lần đầu?",
        fields=[land_field],
        unit=ward,
        question="Gia đình tôi sử dụng đất từ năm 1990.\nNay muốn làm sổ đỏ thì làm thế nào?",
        answer_html="<p>Theo <b>Điều 137</b> Luật Đất đai, hộ gia đình được cấp giấy.</p>",
        asked_on=datetime.date(2026, 3, 2),
        answered_on=datetime.date(2026, 3, 9),
    )
    soup = page_html(client, page.url)

    assert soup.h1.get_text() == "Thủ tục cấp sổ đỏ lần đầu?"
    question = soup.select_one(".qa-question__text")
    assert "Gia đình tôi sử dụng đất từ năm 1990." in question.get_text()
    assert question.find("br")  # the asker's line breaks are kept
    assert soup.select_one("#tra-loi .rich-text b").get_text() == "Điều 137"
    facts = {
        term.get_text(): value
        for term, value in zip(soup.select(".meta dt"), soup.select(".meta dd"), strict=True)
    }
    assert facts["Lĩnh vực"].a["href"] == f"{qa_index.url}linh-vuc/{land_field.slug}/"
    assert facts["Đơn vị trả lời"].a["href"] == f"{qa_index.url}don-vi/{ward.slug}/"
    assert facts["Ngày hỏi"].get_text() == "02/03/2026"
    assert facts["Ngày trả lời"].get_text() == "09/03/2026"


@pytest.mark.usefixtures("bookshelf")
def test_the_legal_basis_links_the_article_on_the_bookshelf(client, qa_index):
    law = land_law()
    page = cite(answer(qa_index, "Thuê đất trả tiền hằng năm?"), law, "dieu-56", "Điều 56")
    soup = page_html(client, page.url)

    (item,) = soup.select(".legal-basis li")
    link = item.a
    assert link["href"] == f"/tu-sach-phap-luat/van-ban/{law.slug}/#dieu-56"
    assert link.get_text() == "Điều 56, Luật số 31/2024/QH15 – Đất đai"
    assert item.select_one(".status").get_text() == "Còn hiệu lực"
    # The anchor is one the document's page really has.
    document = page_html(client, link["href"].split("#")[0])
    assert document.find(id="dieu-56") is not None


@pytest.mark.usefixtures("bookshelf")
def test_a_cited_document_no_longer_in_force_says_so(client, qa_index):
    law = land_law(status=EffectStatus.EXPIRED)
    page = cite(answer(qa_index, "Câu hỏi theo luật cũ?"), law)
    item = page_html(client, page.url).select_one(".legal-basis li")

    assert item.a["href"] == f"/tu-sach-phap-luat/van-ban/{law.slug}/"
    assert item.select_one(".status").get_text() == "Hết hiệu lực toàn bộ"


@pytest.mark.usefixtures("bookshelf")
def test_a_cited_document_not_on_the_bookshelf_is_named_without_a_link(client, qa_index):
    draft = land_law(live=False)
    page = cite(answer(qa_index, "Câu hỏi theo dự thảo?"), draft, "dieu-1", "Điều 1")
    item = page_html(client, page.url).select_one(".legal-basis li")

    assert item.a is None
    assert "Điều 1, Luật số 31/2024/QH15 – Đất đai" in item.get_text()


def test_related_answers_share_a_legal_field(client, qa_index, answers):
    soup = page_html(client, answers[0].url)

    related = [link.get_text() for link in soup.select(".qa-related a")]
    assert related == [answers[2].title]


def test_an_answer_offers_to_ask_another_question(client, qa_index, answers):
    soup = page_html(client, answers[0].url)
    assert soup.select_one(".qa-ask-more a")["href"] == f"{qa_index.url}dat-cau-hoi/"


def test_pages_load_nothing_from_other_hosts(client, qa_index, answers):
    own_hosts = {"testserver", *Site.objects.values_list("hostname", flat=True)}
    for url in (qa_index.url, f"{qa_index.url}linh-vuc/dat-dai/", answers[0].url):
        html = client.get(url).content.decode()
        for found in re.findall(r'<(?!a\s)[^>]*\s(?:src|href)="(https?://[^"]+)"', html):
            assert urlsplit(found).hostname in own_hosts, found
        assert "qa/answers.css" in html


def test_drafts_and_unknown_answers_are_not_found(client, qa_index):
    draft = QuestionAnswerPageFactory(parent=qa_index, title="Nháp", live=False)
    assert client.get(f"{qa_index.url}{draft.slug}/").status_code == 404


def test_units_without_answers_are_not_offered(client, qa_index, answers):
    UnitFactory(name="Xã Cô Tô")
    soup = page_html(client, qa_index.url)
    assert "Xã Cô Tô" not in soup.select_one(".qa-filters").get_text()
