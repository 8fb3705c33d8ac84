"""Drawing an attempt's questions from the bank, and showing them without answers.

What is drawn is stored on the attempt (``Attempt.questions``), so a reload shows the
same questions in the same order and scoring reads exactly what was shown: for each
question its id, its options' places in the bank in the order they are shown, and the
key each option is answered by.

A key is drawn at random for each option of each attempt, so it tells nothing about the
option's place in the bank: answering by keys passed on from another attempt, or by
always the same key, scores no better than guessing. The server maps keys back to the
bank's options (``bank_answers``) and stores answers by their places in the bank, so
scoring, ranking and the organisers' statistics read one form for every attempt.
Attempts drawn before keys existed have none stored: their keys are the options' places
in the bank, as they were given out.
"""

import os
import random
import weakref
from typing import NamedTuple

from .blocks import TRUE_FALSE, TRUE_FALSE_OPTIONS

# Keys are drawn from 1 to this: small enough for a 32-bit integer in any client, large
# enough that a key from one attempt is almost never one of another's.
KEY_RANGE = 2**31 - 1


# What is shown of the questions of the shared banks (``quizzes.bank``), which are
# read-only: every start and every reload shows them. Kept as long as their bank is.
_shown = weakref.WeakKeyDictionary()


class Shown(NamedTuple):
    """What a participant sees of a question: its type, text and points, and its
    options' texts in the bank's order."""

    type: str
    text: str
    points: int
    options: tuple


def option_texts(block):
    if block.block_type == TRUE_FALSE:
        return list(TRUE_FALSE_OPTIONS)
    return [option["text"] for option in block.value["options"]]


def shown_of(block):
    """The ``Shown`` of a block of a shared bank, read from its values once (reading a
    block's struct values costs more than building an attempt's whole answer)."""
    shown = _shown.get(block)
    if shown is None:
        value = block.value
        shown = Shown(block.block_type, value["text"], value["points"], tuple(option_texts(block)))
        _shown[block] = shown
    return shown


def option_count(block):
    return len(shown_of(block).options)


def draw(quiz, rng=None):
    """[{"id", "options", "keys"}] for a new attempt at ``quiz``:
    ``questions_per_attempt`` questions (all when 0), shuffled if the round says so, each
    with its options' places in the bank in the order they will be shown (true/false
    keeps Đúng before Sai) and a random key for each, unique within the question. ``rng``
    orders them (by default a generator seeded from the system's entropy: see
    ``_orderer``); keys always come from the system's entropy, in one read."""
    rng = rng or _orderer()
    bank = list(quiz.question_blocks().values())
    count = quiz.questions_per_attempt or len(bank)
    if count < len(bank):
        # A sample keeps the bank's order unless questions are shuffled as well.
        chosen = sorted(rng.sample(range(len(bank)), count))
        bank = [bank[index] for index in chosen]
    if quiz.shuffle_questions:
        rng.shuffle(bank)
    orders = []
    for block in bank:
        order = list(range(option_count(block)))
        if quiz.shuffle_options and block.block_type != TRUE_FALSE:
            rng.shuffle(order)
        orders.append(order)
    keys = random_keys([len(order) for order in orders])
    return [
        {"id": block.id, "options": order, "keys": question_keys}
        for block, order, question_keys in zip(bank, orders, keys, strict=True)
    ]


def _orderer():
    """The generator of an attempt's order: seeded with 256 bits of the system's entropy,
    so that no attempt's order follows from another's. Asking the system for every
    shuffle (``SystemRandom``) cost a read of entropy per option, more than the rest of
    a start; the keys, which must tell nothing, still come from the system itself."""
    return random.Random(os.urandom(32))  # noqa: S311 (an order, not a secret: see above)


def random_keys(counts):
    """For each of ``counts``, as many different keys from 1 to ``KEY_RANGE``, from the
    system's entropy in one read."""
    pool = os.urandom(4 * sum(counts))
    numbers = [int.from_bytes(pool[at : at + 4]) % KEY_RANGE + 1 for at in range(0, len(pool), 4)]
    keys, at = [], 0
    for count in counts:
        question_keys = numbers[at : at + count]
        at += count
        while len(set(question_keys)) < count:  # two alike: once in some 10⁸ questions
            question_keys = random_keys([count])[0]
        keys.append(question_keys)
    return keys


def keys_of(item):
    """The keys of a drawn question's options, in the order shown."""
    return item.get("keys", item["options"])


def bank_answers(item, keys):
    """The bank places of the options answered by ``keys`` in the drawn question
    ``item``, sorted; KeyError for a key the question does not have."""
    places = dict(zip(keys_of(item), item["options"], strict=True))
    return sorted({places[key] for key in keys})


def shown_answers(drawn, answers):
    """``answers`` as stored (by bank place) as the participant gave them: {question id:
    [option keys, in the order shown]}."""
    shown = {}
    for item in drawn:
        if item["id"] in answers:
            chosen = set(answers[item["id"]])
            shown[item["id"]] = [
                key
                for key, place in zip(keys_of(item), item["options"], strict=True)
                if place in chosen
            ]
    return shown


def shown_options(block, item):
    """[{"key", "text"}] of the drawn question ``item`` in the order shown."""
    texts = shown_of(block).options
    return [
        {"key": key, "text": texts[place]}
        for key, place in zip(keys_of(item), item["options"], strict=True)
    ]


def public_questions(quiz, drawn):
    """The drawn questions as a participant sees them: text, points, type and options
    (each with the key to answer it by), and nothing that tells the answer."""
    blocks = quiz.question_blocks()
    shown = []
    for number, item in enumerate(drawn, start=1):
        block = blocks.get(item["id"])
        if block is None:
            continue  # removed from the bank since: not shown, not scored
        question = shown_of(block)
        shown.append(
            {
                "id": item["id"],
                "number": number,
                "type": question.type,
                "text": question.text,
                "points": question.points,
                "options": [
                    {"key": key, "text": question.options[place]}
                    for key, place in zip(keys_of(item), item["options"], strict=True)
                ],
            }
        )
    return shown
