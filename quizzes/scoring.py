"""Scoring an attempt: a question scores its points only when the answer is exactly the
set of correct options (all of them, for multiple choice; nothing partial)."""

from .blocks import TRUE_FALSE
from .drawing import option_texts


def correct_keys(block):
    if block.block_type == TRUE_FALSE:
        return {0} if block.value["statement_is_true"] else {1}
    return {index for index, option in enumerate(block.value["options"]) if option["correct"]}


def check_answers(quiz, drawn, answers):
    """``answers`` ({question id: [option keys]}) with keys as ints, or ValueError naming
    the first question or option that is not part of the attempt."""
    blocks = quiz.question_blocks()
    offered = {item["id"]: set(item["options"]) for item in drawn}
    checked = {}
    for question_id, keys in (answers or {}).items():
        if question_id not in offered or question_id not in blocks:
            raise ValueError(f"Câu hỏi '{question_id}' không có trong lượt làm bài này.")
        if not isinstance(keys, list) or not all(isinstance(key, int) for key in keys):
            raise ValueError(f"Câu '{question_id}': đáp án là danh sách số thứ tự phương án.")
        if not set(keys) <= offered[question_id]:
            raise ValueError(f"Câu '{question_id}': có phương án không thuộc câu hỏi.")
        if len(set(keys)) > 1 and blocks[question_id].block_type != "multiple_choice":
            raise ValueError(f"Câu '{question_id}' chỉ chọn một phương án.")
        checked[question_id] = sorted(set(keys))
    return checked


def score(quiz, drawn, answers):
    """(points, questions right, every question right) for these answers."""
    blocks = quiz.question_blocks()
    points = right = 0
    asked = 0
    for item in drawn:
        block = blocks.get(item["id"])
        if block is None:
            continue
        asked += 1
        if set(answers.get(item["id"], [])) == correct_keys(block):
            points += block.value["points"]
            right += 1
    return points, right, asked > 0 and right == asked


def answer_sheet(quiz, drawn, answers):
    """For after the close (when the round publishes them): each drawn question with the
    participant's choice, the correct options and the explanation."""
    blocks = quiz.question_blocks()
    sheet = []
    for item in drawn:
        block = blocks.get(item["id"])
        if block is None:
            continue
        texts = option_texts(block)
        sheet.append(
            {
                "id": item["id"],
                "text": block.value["text"],
                "options": [{"key": index, "text": texts[index]} for index in item["options"]],
                "chosen": answers.get(item["id"], []),
                "correct": sorted(correct_keys(block)),
                "explanation": str(block.value["explanation"] or ""),
            }
        )
    return sheet
