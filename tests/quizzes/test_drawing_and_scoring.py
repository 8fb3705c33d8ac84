"""Drawing questions for an attempt and scoring each kind of question."""

import json
import random

import pytest

from wagtail.blocks import StructBlockValidationError

from quizzes.blocks import MultipleChoiceBlock, SingleChoiceBlock
from quizzes.drawing import KEY_RANGE, draw, public_questions, shown_answers
from quizzes.scoring import check_answers, correct_keys, score
from tests.factories import QuizPageFactory


@pytest.fixture
def quiz(db):
    return QuizPageFactory()


def test_every_question_is_drawn_in_order_when_the_round_does_not_shuffle(quiz):
    drawn = draw(quiz, random.Random(1))
    assert [item["id"] for item in drawn] == [block.id for block in quiz.questions]
    assert [item["options"] for item in drawn] == [[0, 1, 2], [0, 1, 2], [0, 1], [0, 1]]


def test_a_draw_takes_the_number_asked_and_shuffles_questions_and_options(quiz):
    quiz.questions_per_attempt = 3
    quiz.shuffle_questions = quiz.shuffle_options = True
    draws = [draw(quiz, random.Random(seed)) for seed in range(40)]
    assert all(len(drawn) == 3 for drawn in draws)
    assert all(len({item["id"] for item in drawn}) == 3 for drawn in draws)
    orders = {tuple(item["id"] for item in drawn) for drawn in draws}
    assert len(orders) > 10  # different people get different questions and orders
    options = {
        tuple(item["options"]) for drawn in draws for item in drawn if len(item["options"]) == 3
    }
    assert len(options) > 3
    # True/false keeps "Đúng" before "Sai" whatever the shuffling.
    true_false = quiz.questions[2].id
    assert all(
        item["options"] == [0, 1] for drawn in draws for item in drawn if item["id"] == true_false
    )


def test_what_a_participant_is_shown_holds_no_answer(quiz):
    drawn = draw(quiz, random.Random(1))
    shown = public_questions(quiz, drawn)
    assert [question["number"] for question in shown] == [1, 2, 3, 4]
    assert [option["text"] for option in shown[2]["options"]] == ["Đúng", "Sai"]
    assert [option["key"] for option in shown[2]["options"]] == drawn[2]["keys"]
    # Questions and options carry these and nothing else: not the options' places.
    assert all(
        set(question) == {"id", "number", "type", "text", "points", "options"} for question in shown
    )
    assert all(set(option) == {"key", "text"} for q in shown for option in q["options"])
    text = json.dumps(shown, ensure_ascii=False)
    assert "correct" not in text and "explanation" not in text
    assert "statement_is_true" not in text


def test_each_option_gets_a_random_key_unique_within_its_question(quiz):
    quiz.shuffle_options = False  # shown in the bank's order: the keys alone must vary
    draws = [draw(quiz) for _ in range(20)]
    for drawn in draws:
        for item in drawn:
            assert len(set(item["keys"])) == len(item["keys"]) == len(item["options"])
            assert all(1 <= key <= KEY_RANGE for key in item["keys"])
    true_false = [drawn[2]["keys"] for drawn in draws]
    assert len({tuple(keys) for keys in true_false}) == 20
    assert all(keys != [0, 1] for keys in true_false)


def answers_for(quiz, keys):
    return {block.id: key for block, key in zip(quiz.questions, keys, strict=True)}


@pytest.mark.parametrize(
    ("keys", "points", "right"),
    [
        ([[0], [0, 1], [0], [0]], 16, 4),  # all right
        ([[1], [0, 1], [0], [0]], 12, 3),  # single choice wrong
        ([[0], [0], [0], [0]], 12, 3),  # multiple choice: one of two right answers is not enough
        ([[0], [0, 1, 2], [0], [0]], 12, 3),  # ... nor all options
        ([[0], [0, 1], [1], [0]], 12, 3),  # true/false wrong
        ([[], [], [], []], 0, 0),  # nothing answered
    ],
)
def test_each_kind_of_question_scores_only_an_exact_answer(quiz, keys, points, right):
    drawn = draw(quiz, random.Random(1))
    assert score(quiz, drawn, answers_for(quiz, keys)) == (points, right, right == 4)


def test_a_false_statement_is_answered_by_sai(quiz):
    block = quiz.questions[2]
    block.value["statement_is_true"] = False
    assert correct_keys(block) == {1}


def test_answers_are_given_by_key_and_kept_by_place_in_the_bank(quiz):
    quiz.shuffle_options = True
    drawn = draw(quiz, random.Random(3))
    multiple = drawn[1]
    by_place = dict(zip(multiple["options"], multiple["keys"], strict=True))
    given = {multiple["id"]: [by_place[1], by_place[0], by_place[1]]}
    assert check_answers(quiz, drawn, given) == {multiple["id"]: [0, 1]}
    assert shown_answers(drawn, {multiple["id"]: [0, 1]}) == {
        multiple["id"]: [key for key in multiple["keys"] if key in given[multiple["id"]]]
    }


def test_answers_that_are_not_part_of_the_attempt_are_refused_by_name(quiz):
    drawn = draw(quiz, random.Random(1))
    single = drawn[0]["id"]
    first, second = drawn[0]["keys"][:2]
    with pytest.raises(ValueError, match="không có trong lượt làm bài"):
        check_answers(quiz, drawn, {"khong-co": [first]})
    unknown = max(drawn[0]["keys"]) + 1
    with pytest.raises(ValueError, match=f"phương án có mã {unknown} không thuộc câu hỏi"):
        check_answers(quiz, drawn, {single: [unknown]})
    with pytest.raises(ValueError, match="không thuộc câu hỏi"):
        check_answers(quiz, drawn, {single: [0]})  # a place in the bank is not a key
    with pytest.raises(ValueError, match="chỉ chọn một phương án"):
        check_answers(quiz, drawn, {single: [first, second]})
    with pytest.raises(ValueError, match="danh sách"):
        check_answers(quiz, drawn, {single: str(first)})
    with pytest.raises(ValueError, match="danh sách"):
        check_answers(quiz, drawn, {single: [True]})
    assert check_answers(quiz, drawn, {single: [first, first]}) == {single: [0]}


def choices(*correct):
    return {
        "text": "Câu hỏi",
        "points": 4,
        "options": [{"text": f"Phương án {n}", "correct": flag} for n, flag in enumerate(correct)],
    }


@pytest.mark.parametrize(
    ("block", "correct", "message"),
    [
        (SingleChoiceBlock(), (True, True), "đúng một đáp án đúng"),
        (SingleChoiceBlock(), (False, False), "đúng một đáp án đúng"),
        (MultipleChoiceBlock(), (False, False), "ít nhất một đáp án đúng"),
    ],
)
def test_editors_are_told_when_a_question_has_the_wrong_number_of_answers(
    db, block, correct, message
):
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python(choices(*correct)))
    assert message in str(caught.value.block_errors["options"])


def test_questions_with_the_right_number_of_answers_are_accepted(db):
    assert SingleChoiceBlock().clean(SingleChoiceBlock().to_python(choices(False, True)))
    block = MultipleChoiceBlock()
    assert block.clean(block.to_python(choices(True, True, False)))
