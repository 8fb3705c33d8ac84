"""Answer keys never leave the server before a round closes: not in the page API, not in
the page's HTML, not in what an attempt is given."""

import json

import pytest

from django.utils import timezone

from quizzes import taking
from quizzes.drawing import keys_of, option_texts, public_questions
from quizzes.models import Attempt, ContestEntry
from quizzes.site_views import SESSION_KEY
from quizzes.tokens import token_for
from tests.factories import ParticipantFactory
from tests.quizzes.conftest import answers, change_round

# Words only the question bank holds: option texts and the flags marking answers.
SECRETS = ["01/8/2024", "Hội đồng nhân dân", "Sở Tài chính", "statement_is_true", '"correct"']


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
    attempt = taking.start(quiz.pk, ParticipantFactory())
    shown = json.dumps(public_questions(quiz, attempt.questions), ensure_ascii=False)
    assert "Luật Đất đai 2024 có hiệu lực" in shown and "01/8/2024" in shown
    for secret in ["statement_is_true", '"correct"', "explanation"]:
        assert secret not in shown


def test_the_question_bank_is_not_searchable(quiz):
    assert "hiệu lực" not in quiz.searchable_text()


def smallest_keys(attempt):
    """Answers chosen by the keys alone, without reading: each single-choice and
    true/false question answered by its smallest key (the right one, when keys were the
    options' places in this bank, which puts every right answer first)."""
    blocks = attempt.quiz.question_blocks()
    return {
        item["id"]: [min(keys_of(item))]
        for item in attempt.questions
        if blocks[item["id"]].block_type != "multiple_choice"
    }


def test_answering_by_key_alone_scores_at_chance(quiz, person):
    change_round(quiz, attempts_allowed=0)
    attempts = 300
    right = 0
    for _ in range(attempts):
        attempt = taking.start(quiz.pk, person)
        right += taking.submit(attempt.pk, person, smallest_keys(attempt)).correct_count
    # Guessing gets a single choice of three right a third of the time, of two (and a
    # true/false) half of the time: 4/3 of the three questions answered, per attempt.
    chance = 1 / 3 + 1 / 2 + 1 / 2
    assert abs(right / attempts - chance) < 0.3  # the bank's places would give 3


def test_keys_differ_between_attempts_so_a_passed_on_key_answers_nothing(quiz, person):
    first = taking.start(quiz.pk, person)
    second = taking.start(quiz.pk, ParticipantFactory())
    for one, other in zip(first.questions, second.questions, strict=True):
        assert one["id"] == other["id"] and one["options"] == other["options"]
        assert set(keys_of(one)).isdisjoint(keys_of(other))
    passed_on = answers(first)  # every right answer, by the first attempt's keys
    with pytest.raises(taking.Refused) as refused:
        taking.submit(second.pk, second.participant, passed_on)
    assert refused.value.code == "invalid_answers"
    assert Attempt.objects.get(pk=second.pk).finished_at is None


def old_attempt(quiz, person):
    """An attempt drawn before keys were random, as its row was stored: each question with
    its options' places in the bank and no keys (the places were the keys)."""
    ContestEntry.objects.create(contest=quiz.get_parent().specific, participant=person)
    now = timezone.now()
    return Attempt.objects.create(
        quiz=quiz,
        participant=person,
        number=1,
        started_at=now,
        deadline=now + quiz.time_limit,
        questions=[
            {"id": block.id, "options": list(range(len(option_texts(block))))}
            for block in quiz.questions
        ],
        answers={quiz.questions[0].id: [1]},
    )


def test_an_attempt_started_before_random_keys_keeps_its_keys_and_scores(client, quiz, person):
    attempt = old_attempt(quiz, person)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token_for(person)}"}
    resumed = client.post(f"/api/contests/rounds/{quiz.pk}/attempts", **auth).json()
    assert resumed["id"] == attempt.pk
    assert [option["key"] for option in resumed["questions"][1]["options"]] == [0, 1, 2]
    assert resumed["answers"] == {quiz.questions[0].id: [1]}
    saved = client.put(
        f"/api/contests/attempts/{attempt.pk}/answers",
        data=json.dumps({"answers": {quiz.questions[1].id: [1, 0]}}),
        content_type="application/json",
        **auth,
    )
    assert saved.status_code == 200 and saved.json()["answers"] == {quiz.questions[1].id: [0, 1]}
    body = {"answers": answers(attempt, [[0], [0, 1], [0], [1]])}
    assert body["answers"][quiz.questions[3].id] == [1]  # the old keys: places in the bank
    result = client.post(
        f"/api/contests/attempts/{attempt.pk}/submit",
        data=json.dumps(body),
        content_type="application/json",
        **auth,
    ).json()
    assert (result["score"], result["correct_count"]) == (12, 3)
    type(quiz).objects.filter(pk=quiz.pk).update(closes_at=timezone.now())
    sheet = client.get(f"/api/contests/attempts/{attempt.pk}/result", **auth).json()
    assert [item["correct"] for item in sheet["answer_sheet"]] == [[0], [0, 1], [0], [0]]
    assert [item["chosen"] for item in sheet["answer_sheet"]] == [[0], [0, 1], [0], [1]]


def test_the_attempt_page_of_an_old_attempt_checks_its_saved_answers(client, quiz, person):
    attempt = old_attempt(quiz, person)
    session = client.session
    session[SESSION_KEY] = token_for(person)
    session.save()
    html = client.get(quiz.route_url("attempt", attempt.pk)).content.decode()
    assert f'name="q-{quiz.questions[0].id}" value="1"\n' in html.replace(" checked", "")
    assert html.count("checked") == 1
