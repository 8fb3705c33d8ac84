"""Drawing an attempt's questions from the bank, and showing them without answers.

What is drawn (question ids, option order) is stored on the attempt, so a reload shows
the same questions in the same order and scoring reads exactly what was shown.
"""

import random

from .blocks import TRUE_FALSE, TRUE_FALSE_OPTIONS


def option_texts(block):
    if block.block_type == TRUE_FALSE:
        return list(TRUE_FALSE_OPTIONS)
    return [option["text"] for option in block.value["options"]]


def draw(quiz, rng=None):
    """[{"id", "options"}] for a new attempt at ``quiz``: ``questions_per_attempt``
    questions (all when 0), shuffled if the round says so, each with its options'
    indexes in the order they will be shown (true/false keeps Đúng before Sai)."""
    rng = rng or random.SystemRandom()
    bank = list(quiz.question_blocks().values())
    count = quiz.questions_per_attempt or len(bank)
    if count < len(bank):
        # A sample keeps the bank's order unless questions are shuffled as well.
        chosen = sorted(rng.sample(range(len(bank)), count))
        bank = [bank[index] for index in chosen]
    if quiz.shuffle_questions:
        rng.shuffle(bank)
    drawn = []
    for block in bank:
        order = list(range(len(option_texts(block))))
        if quiz.shuffle_options and block.block_type != TRUE_FALSE:
            rng.shuffle(order)
        drawn.append({"id": block.id, "options": order})
    return drawn


def public_questions(quiz, drawn):
    """The drawn questions as a participant sees them: text, points, type and options
    (each with the key to answer it by), and nothing that tells the answer."""
    blocks = quiz.question_blocks()
    shown = []
    for number, item in enumerate(drawn, start=1):
        block = blocks.get(item["id"])
        if block is None:
            continue  # removed from the bank since: not shown, not scored
        texts = option_texts(block)
        shown.append(
            {
                "id": item["id"],
                "number": number,
                "type": block.block_type,
                "text": block.value["text"],
                "points": block.value["points"],
                "options": [{"key": index, "text": texts[index]} for index in item["options"]],
            }
        )
    return shown
