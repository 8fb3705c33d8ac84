"""Search engines read each answer as a schema.org ``QAPage`` and the listings of a field
or a unit as a ``FAQPage``, credited to the unit that answered, never to the asker."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup

from qa.models import Question
from tests.factories import LegalFieldFactory

from .reading import ASKER, answer, bookshelf, cite, exchange, land_law  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def json_ld(client, url):
    response = client.get(url)
    assert response.status_code == 200
    scripts = BeautifulSoup(response.content, "html.parser").find_all(
        "script", type="application/ld+json"
    )
    return [json.loads(script.string) for script in scripts]


@pytest.fixture
def published(qa_index, land_field, ward):
    page = answer(
        qa_index,
        "Thuê đất trả tiền hằng năm thì nộp vào lúc nào?",
        fields=[land_field],
        unit=ward,
        question="Gia đình tôi thuê đất của xã, trả tiền thuê hằng năm.\nHạn nộp là khi nào?",
        answer_html=(
            "<p>Theo <b>Điều 56</b> Luật Đất đai, tiền thuê nộp hằng năm.</p>"
            "<p>Hạn nộp do cơ quan thuế thông báo.</p>"
        ),
        asked_on=datetime.date(2026, 3, 2),
        answered_on=datetime.date(2026, 3, 9),
    )
    # The question it came from, with who asked: none of it may reach the description.
    Question.objects.create(
        text=page.question_text,
        page=page,
        status=Question.Status.PUBLISHED,
        consented_at=page.first_published_at,
        **ASKER,
    )
    return page


@pytest.mark.usefixtures("bookshelf")
def test_an_answer_is_a_qa_page_with_its_accepted_answer(client, published):
    cite(published, land_law(), "dieu-56", "Điều 56")
    (data,) = json_ld(client, published.url)

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "QAPage"
    assert data["url"] == published.get_full_url()
    assert data["inLanguage"] == "vi"
    question = data["mainEntity"]
    assert question["@type"] == "Question"
    assert question["name"] == published.title
    assert question["text"].startswith("Gia đình tôi thuê đất của xã")
    assert question["answerCount"] == 1
    assert question["dateCreated"] == "2026-03-02"
    assert question["author"] == {"@type": "Organization", "name": "Phường Hạ Long"}
    accepted = question["acceptedAnswer"]
    assert accepted["@type"] == "Answer"
    assert accepted["text"] == (
        "Theo Điều 56 Luật Đất đai, tiền thuê nộp hằng năm.\nHạn nộp do cơ quan thuế thông báo."
    )
    assert accepted["dateCreated"] == "2026-03-09"
    assert accepted["url"] == f"{published.get_full_url()}#tra-loi"
    assert accepted["author"] == {"@type": "Organization", "name": "Phường Hạ Long"}
    (citation,) = accepted["citation"]
    assert citation == {
        "@type": "Legislation",
        "name": "Điều 56, Đất đai",
        "legislationIdentifier": "31/2024/QH15",
        "url": citation["url"],
    }
    assert citation["url"].endswith("/tu-sach-phap-luat/van-ban/31-2024-qh15-dat-dai/#dieu-56")
    # The answer's anchor exists on the page.
    html = client.get(published.url).content.decode()
    assert 'id="tra-loi"' in html


def test_the_asker_is_never_named(client, published):
    text = json.dumps(json_ld(client, published.url), ensure_ascii=False)
    assert ASKER["asker_name"] not in text
    assert ASKER["contact"] not in text


def test_an_answer_without_a_unit_is_the_publishers(client, qa_index):
    page = answer(qa_index, "Câu hỏi không có đơn vị?")
    (data,) = json_ld(client, page.url)
    author = data["mainEntity"]["author"]
    assert author["@type"] == "Organization"
    assert author == data["publisher"]


def test_a_fields_listing_is_a_faq_page(client, qa_index, published, land_field):
    other = answer(qa_index, "Chuyển mục đích sử dụng đất?", fields=[land_field])
    (data,) = json_ld(client, f"{qa_index.url}linh-vuc/{land_field.slug}/")

    assert data["@type"] == "FAQPage"
    assert data["url"].endswith(f"{qa_index.url}linh-vuc/{land_field.slug}/")
    assert [item["name"] for item in data["mainEntity"]] == [other.title, published.title]
    first = data["mainEntity"][1]
    assert first["@type"] == "Question"
    assert first["acceptedAnswer"]["@type"] == "Answer"
    assert first["acceptedAnswer"]["text"].startswith("Theo Điều 56 Luật Đất đai")
    assert first["acceptedAnswer"]["url"] == published.get_full_url()


def test_a_units_listing_is_a_faq_page(client, qa_index, published, ward):
    (data,) = json_ld(client, f"{qa_index.url}don-vi/{ward.slug}/")
    assert data["@type"] == "FAQPage"
    assert [item["name"] for item in data["mainEntity"]] == [published.title]


def test_the_section_itself_and_an_empty_listing_carry_no_faq(client, qa_index, published):
    assert all(item.get("@type") != "FAQPage" for item in json_ld(client, qa_index.url))
    empty = LegalFieldFactory(name="Thuế")
    assert json_ld(client, f"{qa_index.url}linh-vuc/{empty.slug}/") == []


def test_an_exchange_is_an_online_event(client, qa_index, justice_department):
    page = exchange(qa_index, title="Giao lưu về Luật Đất đai", unit=justice_department)
    page.guests.create(name="Trần Văn Nam", position="Giám đốc Sở Tư pháp")
    page.save_revision().publish()
    (data,) = json_ld(client, page.url)

    assert data["@type"] == "Event"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": page.get_full_url()}
    assert (
        data["startDate"]
        == page.starts_at.astimezone(datetime.timezone(datetime.timedelta(hours=7)))
        .replace(microsecond=0)
        .isoformat()
    )
    assert data["organizer"] == {"@type": "Organization", "name": "Sở Tư pháp"}
    assert data["performer"] == [
        {"@type": "Person", "name": "Trần Văn Nam", "jobTitle": "Giám đốc Sở Tư pháp"}
    ]


def test_script_content_cannot_break_out_of_the_element(client, qa_index):
    page = answer(qa_index, "Câu hỏi có </script><script>alert(1)</script> trong tiêu đề?")
    html = client.get(page.url).content.decode()
    script = html[html.index('<script type="application/ld+json">') :]
    script = script[: script.index("</script>")]
    assert "<script>alert" not in script
    assert "\\u003C/script\\u003E" in script
