"""Scoring an attempt: a question scores its points only when the answer is exactly the
set of correct options (all of them, for multiple choice; nothing partial).

Answers are given by the attempt's option keys and stored by the options' places in the
bank (``quizzes.drawing``); scoring reads the stored form."""

import weakref

from .blocks import TRUE_FALSE
from .drawing import bank_answers, keys_of, shown_answers, shown_options

# The correct places of the questions of the shared banks (``quizzes.bank``), which are
# read-only: every submit scores against them. Kept as long as their bank is.
_correct_places = weakref.WeakKeyDictionary()


def correct_keys(block):
    """The bank places of the question's correct options."""
    if block.block_type == TRUE_FALSE:
        return {0} if block.value["statement_is_true"] else {1}
    return {index for index, option in enumerate(block.value["options"]) if option["correct"]}


def _correct_of(block):
    """``correct_keys`` of a block of a shared bank, computed once."""
    places = _correct_places.get(block)
    if places is None:
        places = _correct_places[block] = frozenset(correct_keys(block))
    return places


def check_answers(quiz, drawn, answers):
    """``answers`` ({question id: [option keys]}) as stored: {question id: [bank places]};
    or ValueError naming the first question or option that is not part of the attempt."""
    blocks = quiz.question_blocks()
    offered = {item["id"]: item for item in drawn}
    checked = {}
    for question_id, keys in (answers or {}).items():
        if question_id not in offered or question_id not in blocks:
            raise ValueError(f"Câu hỏi '{question_id}' không có trong lượt làm bài này.")
        if not isinstance(keys, list) or not all(
            isinstance(key, int) and not isinstance(key, bool) for key in keys
        ):
            raise ValueError(f"Câu '{question_id}': đáp án là danh sách mã (key) phương án.")
        try:
            places = bank_answers(offered[question_id], keys)
        except KeyError as unknown:
            raise ValueError(
                f"Câu '{question_id}': phương án có mã {unknown.args[0]} không thuộc câu hỏi "
                "trong lượt làm bài này."
            ) from None
        if len(places) > 1 and blocks[question_id].block_type != "multiple_choice":
            raise ValueError(f"Câu '{question_id}' chỉ chọn một phương án.")
        checked[question_id] = places
    return checked


def score(quiz, drawn, answers):
    """(points, questions right, every question right) for ``answers`` as stored."""
    blocks = quiz.question_blocks()
    points = right = 0
    asked = 0
    for item in drawn:
        block = blocks.get(item["id"])
        if block is None:
            continue
        asked += 1
        if set(answers.get(item["id"], [])) == _correct_of(block):
            points += block.value["points"]
            right += 1
    return points, right, asked > 0 and right == asked


def answer_sheet(quiz, drawn, answers):
    """For after the close (when the round publishes them): each drawn question with the
    participant's choice and the correct options, by the attempt's keys, and the
    explanation."""
    blocks = quiz.question_blocks()
    chosen = shown_answers(drawn, answers)
    sheet = []
    for item in drawn:
        block = blocks.get(item["id"])
        if block is None:
            continue
        correct = correct_keys(block)
        sheet.append(
            {
                "id": item["id"],
                "text": block.value["text"],
                "options": shown_options(block, item),
                "chosen": chosen.get(item["id"], []),
                "correct": [
                    key
                    for key, place in zip(keys_of(item), item["options"], strict=True)
                    if place in correct
                ],
                "explanation": str(block.value["explanation"] or ""),
            }
        )
    return sheet
