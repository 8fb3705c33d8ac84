"""An online exchange's life on the public site: announced, live with its player and a
transcript that refreshes itself, then kept as a transcript with the recording; and the
JSON apps and the page read the transcript from."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

from qa.models import Question
from tests.factories import ExchangePageFactory

from .reading import ASKER, exchange, exchange_question

pytestmark = pytest.mark.django_db

LIVE = -datetime.timedelta(minutes=30)
ENDED = -datetime.timedelta(days=2)


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def transcript_api(client, page):
    response = client.get(f"/api/qa/exchanges/{page.pk}")
    assert response.status_code == 200, response.content
    return response.json()


def with_transcript(page):
    """Questions in every state a moderator leaves them."""
    exchange_question(
        page,
        "Đất nông nghiệp có được chuyển sang đất ở không?",
        shown_on_exchange=True,
        status=Question.Status.PUBLISHED,
        answer="<p>Được, nếu phù hợp <b>quy hoạch</b> và được UBND cấp huyện cho phép.</p>",
        answered_live_at=timezone.now(),
    )
    exchange_question(
        page,
        "Tôi là Hoa, số 0912 345 678, email hoa.nguyen@example.vn: sổ đỏ cấp mất bao lâu?",
        shown_on_exchange=True,
        status=Question.Status.ANSWERED,
        answer="<p>Câu trả lời chưa được duyệt đăng.</p>",
    )
    exchange_question(page, "Câu hỏi chưa được kiểm duyệt.")
    exchange_question(
        page, "Câu hỏi bị từ chối.", shown_on_exchange=True, status=Question.Status.REJECTED
    )
    return page


def test_an_announced_exchange_gives_its_time_guests_and_a_way_to_ask(client, qa_index, ward):
    page = exchange(qa_index, title="Giao lưu về Luật Đất đai 2024", unit=ward)
    page.guests.create(name="Trần Văn Nam", position="Phó Giám đốc Sở Tư pháp")
    page.save_revision().publish()
    soup = soup_of(client, page.url)

    assert soup.select_one(".exchange-state").get_text() == "Sắp diễn ra"
    local = timezone.localtime(page.starts_at)
    when = soup.select_one(".meta dd").get_text()
    assert f"{local:%H:%M}" in when and f"{local:%d/%m/%Y}" in when and "giờ Việt Nam" in when
    assert "Trần Văn Nam, Phó Giám đốc Sở Tư pháp" in soup.select_one(".exchange-guests").get_text()
    ask = soup.find("a", string="Gửi câu hỏi cho buổi giao lưu")
    assert ask["href"] == f"{qa_index.url}dat-cau-hoi/?exchange={page.pk}"
    assert soup.select_one(".exchange-video") is None
    assert "phát trực tiếp trên trang này khi bắt đầu" in soup.get_text()
    assert "Câu hỏi sẽ hiện ở đây" in soup.get_text()


def test_a_live_exchange_shows_the_player_and_refreshes_its_transcript(client, qa_index):
    page = with_transcript(exchange(qa_index, starts_in=LIVE))
    soup = soup_of(client, page.url)

    assert soup.select_one(".exchange-state").get_text() == "Đang diễn ra"
    assert soup.select_one("#video-heading").get_text() == "Trực tiếp"
    assert soup.select_one(".exchange-video iframe")["src"] == page.video_url
    article = soup.select_one("article.exchange")
    assert article["data-transcript-url"] == f"/api/qa/exchanges/{page.pk}"
    assert article["data-refresh-seconds"] == "20"
    assert article["data-exchange-state"] == "live"
    assert soup.find("script", src="/static/qa/exchange.js") is not None
    assert soup.find("a", string="Gửi câu hỏi cho buổi giao lưu") is not None


def test_the_transcript_shows_screened_questions_and_published_answers_only(client, qa_index):
    page = with_transcript(exchange(qa_index, starts_in=LIVE))
    soup = soup_of(client, page.url)
    items = soup.select(".exchange-questions .exchange-question")

    assert len(items) == 2
    first, second = items
    assert "Đất nông nghiệp có được chuyển sang đất ở không?" in first.get_text()
    assert first.select_one(".exchange-question__live").get_text() == "Đã trả lời trực tiếp"
    assert first.select_one(".exchange-question__answer b").get_text() == "quy hoạch"
    # Shown, answered but not yet published: the question without its answer.
    assert "sổ đỏ cấp mất bao lâu?" in second.get_text()
    assert second.select_one(".exchange-question__answer") is None
    assert "chưa được duyệt đăng" not in soup.get_text()
    assert "chưa được kiểm duyệt" not in soup.get_text()
    assert "bị từ chối" not in soup.get_text()


def test_no_name_or_contact_reaches_the_page(client, qa_index):
    page = with_transcript(exchange(qa_index, starts_in=LIVE))
    html = client.get(page.url).content.decode()
    for secret in (ASKER["asker_name"], ASKER["contact"], "0912 345 678", "hoa.nguyen@example.vn"):
        assert secret not in html
    assert "Tôi là Hoa, số [đã ẩn], email [đã ẩn]: sổ đỏ cấp mất bao lâu?" in html


def test_after_the_exchange_the_recording_and_transcript_stay(client, qa_index):
    page = with_transcript(
        exchange(
            qa_index,
            starts_in=ENDED,
            recording_url="https://www.youtube.com/watch?v=banghi01",
        )
    )
    soup = soup_of(client, page.url)

    assert soup.select_one(".exchange-state").get_text() == "Đã kết thúc"
    assert soup.select_one("#video-heading").get_text() == "Bản ghi buổi giao lưu"
    assert soup.select_one(".exchange-video iframe")["src"] == page.recording_url
    assert len(soup.select(".exchange-question")) == 2
    assert soup.find("a", string="Gửi câu hỏi cho buổi giao lưu") is None
    # Nothing left to refresh.
    assert soup.find("script", src="/static/qa/exchange.js") is None
    assert not soup.select_one("article.exchange").has_attr("data-transcript-url")


def test_without_a_recording_the_broadcast_is_replayed(client, qa_index):
    page = exchange(qa_index, starts_in=ENDED)
    soup = soup_of(client, page.url)
    assert soup.select_one(".exchange-video iframe")["src"] == page.video_url


def test_a_video_the_provider_refuses_is_linked(client, qa_index):
    page = exchange(qa_index, starts_in=LIVE, video_url="https://video.example.vn/truc-tiep")
    soup = soup_of(client, page.url)
    assert soup.select_one(".exchange-video .notice a")["href"] == page.video_url


def test_an_exchange_that_stopped_taking_questions_says_so(client, qa_index):
    page = exchange(qa_index, accepts_questions=False)
    soup = soup_of(client, page.url)
    assert soup.find("a", string="Gửi câu hỏi cho buổi giao lưu") is None
    assert "Buổi giao lưu đã dừng nhận câu hỏi." in soup.get_text()


# The transcript's JSON ----------------------------------------------------------------


def test_the_json_gives_the_exchange_and_its_transcript(client, qa_index, ward):
    page = with_transcript(exchange(qa_index, starts_in=LIVE, unit=ward))
    page.guests.create(name="Trần Văn Nam", position="Phó Giám đốc Sở Tư pháp")
    page.save_revision().publish()
    response = client.get(f"/api/qa/exchanges/{page.pk}")

    assert response["Cache-Control"] == "public, max-age=15"
    body = response.json()
    assert body["id"] == page.pk
    assert body["title"] == page.title
    assert body["url"] == page.get_full_url()
    assert body["state"] == "live"
    assert body["state_label"] == "Đang diễn ra"
    assert body["starts_at"].endswith("+07:00")
    assert body["takes_questions"] is True
    assert body["ask_url"] == f"http://localhost{qa_index.url}dat-cau-hoi/?exchange={page.pk}"
    assert body["guests"] == [{"name": "Trần Văn Nam", "position": "Phó Giám đốc Sở Tư pháp"}]
    first, second = body["questions"]
    assert first["number"] == 1
    assert first["answered_live"] is True
    assert first["answer"].startswith("<p>Được, nếu phù hợp <b>quy hoạch</b>")
    assert second["answered_live"] is False
    assert second["answer"] is None
    assert second["text"] == "Tôi là Hoa, số [đã ẩn], email [đã ẩn]: sổ đỏ cấp mất bao lâu?"
    text = response.content.decode()
    assert ASKER["asker_name"] not in text and ASKER["contact"] not in text
    assert "tracking_code" not in text and "HD-" not in text


def test_an_ended_exchange_takes_no_more_questions(client, qa_index):
    body = transcript_api(client, exchange(qa_index, starts_in=ENDED))
    assert body["state"] == "ended"
    assert body["takes_questions"] is False
    assert body["ask_url"] is None


def test_drafts_private_and_unknown_exchanges_are_not_found(client, qa_index):
    draft = ExchangePageFactory(parent=qa_index, live=False)
    private = exchange(qa_index)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    for page_id in (draft.pk, private.pk, qa_index.pk, 999999, 0, -3, 2**63, 2**64 + 1):
        response = client.get(f"/api/qa/exchanges/{page_id}")
        assert response.status_code == 404
        assert "detail" in response.json()


def test_the_json_costs_the_same_queries_for_a_long_transcript(client, qa_index):
    page = exchange(qa_index, starts_in=LIVE)
    exchange_question(page, "Câu hỏi 1", shown_on_exchange=True)
    with CaptureQueriesContext(connection) as few:
        transcript_api(client, page)
    for number in range(2, 30):
        exchange_question(
            page,
            f"Câu hỏi {number}",
            shown_on_exchange=True,
            status=Question.Status.PUBLISHED,
            answer=f"<p>Trả lời {number}</p>",
        )
    with CaptureQueriesContext(connection) as many:
        assert len(transcript_api(client, page)["questions"]) == 29
    assert len(many) == len(few)


def test_the_endpoint_is_in_the_openapi_document(client):
    schema = client.get("/api/openapi.json").json()
    operation = schema["paths"]["/api/qa/exchanges/{exchange_id}"]["get"]
    assert operation["tags"] == ["Hỏi đáp pháp luật"]
    assert "404" in operation["responses"]


def test_the_refresh_script_is_served(client):
    script = finders.find("qa/exchange.js")
    assert script is not None
    with open(script, encoding="utf-8") as handle:
        source = handle.read()
    # It writes the citizens' text as text, never as markup.
    assert "textContent" in source
    assert "data-transcript-url" in source
