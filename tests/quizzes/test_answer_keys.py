"""Answer keys never leave the server before a round closes: not in the page API, not in
the page's HTML, not in what an attempt is given."""

import json

import pytest

from quizzes import taking
from quizzes.drawing import public_questions
from tests.factories import ParticipantFactory, QuizPageFactory

# Words only the question bank holds: option texts and the flags marking answers.
SECRETS = ["01/8/2024", "Hội đồng nhân dân", "Sở Tài chính", "statement_is_true", '"correct"']


@pytest.fixture
def quiz(db):
    return QuizPageFactory()


def test_the_page_api_shows_the_round_but_not_its_questions(client, quiz):
    response = client.get(f"/api/v2/pages/{quiz.pk}/?fields=*")
    assert response.status_code == 200
    body = response.content.decode()
    assert json.loads(body)["prediction_question"] == quiz.prediction_question
    assert "questions" not in json.loads(body)
    for secret in SECRETS:
        assert secret not in body


def test_the_page_html_holds_no_question(client, quiz):
    response = client.get(quiz.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert quiz.title in html
    for secret in [*SECRETS, "Luật Đất đai 2024 có hiệu lực"]:
        assert secret not in html


def test_an_attempt_is_given_questions_and_options_but_no_answers(quiz):
    attempt = taking.start(quiz, ParticipantFactory())
    shown = json.dumps(public_questions(quiz, attempt.questions), ensure_ascii=False)
    assert "Luật Đất đai 2024 có hiệu lực" in shown and "01/8/2024" in shown
    for secret in ["statement_is_true", '"correct"', "explanation"]:
        assert secret not in shown


def test_the_question_bank_is_not_searchable(quiz):
    assert "hiệu lực" not in quiz.searchable_text()
