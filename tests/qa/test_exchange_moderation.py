"""An online exchange's moderator screens its questions during the live session: shows
or hides each, marks it answered live, and publishes the official's answer, in one
click; only the board and the organising unit's editors may."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from qa import moderation
from qa.models import Question, QuestionEvent

from ..factories import ExchangePageFactory, QuestionFactory

pytestmark = pytest.mark.django_db

Status = Question.Status
Action = QuestionEvent.Action


@pytest.fixture
def exchange(qa_index, justice_department):
    return ExchangePageFactory(
        parent=qa_index, title="Giao lưu trực tuyến về Luật Đất đai 2024", unit=justice_department
    )


@pytest.fixture
def sent(exchange):
    """Two questions sent to the exchange, the second one later."""
    first = QuestionFactory(exchange=exchange, channel="exchange", text="Câu hỏi thứ nhất về đất")
    second = QuestionFactory(exchange=exchange, channel="exchange", text="Câu hỏi thứ hai về đất")
    return first, second


def screen(exchange):
    return reverse("qa_exchange", args=[exchange.pk])


def click(client, exchange, question, move, **extra):
    return client.post(
        screen(exchange),
        {"question": question.pk, "move": move, "next": screen(exchange), **extra},
    )


def test_the_moderator_sees_the_exchanges_questions_newest_first(
    client, exchange, sent, justice_editor
):
    first, second = sent
    client.force_login(justice_editor)
    response = client.get(screen(exchange))
    soup = BeautifulSoup(response.content, "html.parser")
    order = [row["id"] for row in soup.select("article.qa-exchange-row")]
    assert order == [f"question-{second.pk}", f"question-{first.pk}"]
    assert "0912345678" not in response.content.decode()
    listing = client.get(reverse("qa_exchanges")).content.decode()
    assert exchange.title in listing


def test_another_units_editor_does_not_find_the_exchange(client, exchange, sent, ward_editor):
    first, _ = sent
    client.force_login(ward_editor)
    assert client.get(screen(exchange)).status_code == 404
    assert click(client, exchange, first, "show").status_code == 404
    assert client.get(reverse("qa_question", args=[first.pk])).status_code == 404
    assert exchange.title not in client.get(reverse("qa_exchanges")).content.decode()
    with pytest.raises(moderation.NotAllowed, match="đơn vị tổ chức buổi giao lưu"):
        moderation.show_on_exchange(first, ward_editor)


def test_one_click_shows_hides_and_marks_answered_live(client, exchange, sent, justice_editor):
    first, _ = sent
    client.force_login(justice_editor)
    response = click(client, exchange, first, "show")
    assert response.status_code == 302 and response.url == screen(exchange)
    first.refresh_from_db()
    assert first.shown_on_exchange
    click(client, exchange, first, "live")
    first.refresh_from_db()
    assert first.answered_live_at is not None
    click(client, exchange, first, "hide")
    first.refresh_from_db()
    assert not first.shown_on_exchange
    assert [event.action for event in first.events.all()] == [
        Action.SHOWN,
        Action.ANSWERED_LIVE,
        Action.HIDDEN,
    ]
    # Showing what is shown changes nothing.
    moderation.show_on_exchange(first, justice_editor, shown=False)
    assert first.events.count() == 3


def test_the_officials_answer_is_published_on_the_exchange_page(
    client, exchange, sent, justice_editor
):
    first, _ = sent
    moderation.answer(first, justice_editor, "<p>Khách mời trả lời: được, nếu có sổ.</p>")
    first.refresh_from_db()
    assert first.status == Status.ANSWERED and not first.shown_on_exchange
    client.force_login(justice_editor)
    click(client, exchange, first, "publish_exchange")
    first.refresh_from_db()
    # Published, for an exchange question, is shown with its answer on the exchange page.
    assert first.status == Status.PUBLISHED and first.shown_on_exchange
    assert first.page is None
    assert first.events.last().public

    click(client, exchange, first, "withdraw_exchange")
    first.refresh_from_db()
    assert first.status == Status.ANSWERED and first.shown_on_exchange

    moderation.publish_on_exchange(first, justice_editor)
    click(client, exchange, first, "hide")
    first.refresh_from_db()
    # Hiding the question takes its answer off the page with it.
    assert first.status == Status.ANSWERED and not first.shown_on_exchange


def test_the_answer_at_an_exchange_may_be_corrected_while_shown(exchange, sent, board_member):
    first, _ = sent
    moderation.answer(first, board_member, "<p>Bản đầu.</p>")
    moderation.publish_on_exchange(first, board_member)
    question = moderation.answer(first, board_member, "<p>Bản đã sửa lỗi chính tả.</p>")
    assert question.status == Status.PUBLISHED
    assert question.answer == "<p>Bản đã sửa lỗi chính tả.</p>"


def test_a_refused_question_is_never_shown(exchange, sent, board_member):
    first, _ = sent
    moderation.show_on_exchange(first, board_member)
    moderation.reject(first, board_member, "Nội dung không phù hợp.")
    first.refresh_from_db()
    assert not first.shown_on_exchange
    with pytest.raises(moderation.NotAllowed, match="Không tiếp nhận"):
        moderation.show_on_exchange(first, board_member)
    with pytest.raises(moderation.NotAllowed, match="Không tiếp nhận"):
        moderation.mark_answered_live(first, board_member)


def test_exchange_moves_need_an_exchange_question(assigned, board_member):
    with pytest.raises(moderation.NotAllowed, match="không thuộc buổi giao lưu"):
        moderation.show_on_exchange(assigned, board_member)
    with pytest.raises(moderation.NotAllowed, match="không thuộc buổi giao lưu"):
        moderation.publish_on_exchange(assigned, board_member)


def test_filters_of_the_screen(client, exchange, sent, board_member):
    first, second = sent
    moderation.show_on_exchange(first, board_member)
    client.force_login(board_member)

    def listed(show):
        soup = BeautifulSoup(client.get(screen(exchange), {"show": show}).content, "html.parser")
        return [row["id"] for row in soup.select("article.qa-exchange-row")]

    assert listed("waiting") == [f"question-{second.pk}"]
    assert listed("shown") == [f"question-{first.pk}"]
    assert listed("unanswered") == [f"question-{first.pk}"]
    assert len(listed("")) == 2


def test_the_exchange_question_screen_offers_the_exchange_moves(
    client, exchange, sent, justice_editor
):
    first, _ = sent
    client.force_login(justice_editor)
    question_screen = reverse("qa_question", args=[first.pk])
    soup = BeautifulSoup(client.get(question_screen).content, "html.parser")
    buttons = {button["value"] for button in soup.select("button[name='move']")}
    assert {"show", "live"} <= buttons
    response = client.post(question_screen, {"move": "show"})
    assert response.status_code == 302 and response.url == question_screen
    assert Question.objects.get(pk=first.pk).shown_on_exchange
