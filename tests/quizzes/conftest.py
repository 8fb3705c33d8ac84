"""What the contest tests share: an open round of the four-question bank
(``tests.factories.question_bank``), a participant, answers to it by option keys, and
the codes participants get by SMS."""

import re

import pytest

from home import sms
from tests.factories import ParticipantFactory, QuizPageFactory

# Option keys per question of the bank, in the bank's order.
ALL_RIGHT = [[0], [0, 1], [0], [0]]


@pytest.fixture
def quiz(db):
    return QuizPageFactory()


@pytest.fixture
def person(db):
    return ParticipantFactory()


def answers(quiz, keys=ALL_RIGHT):
    return {block.id: key for block, key in zip(quiz.questions, keys, strict=True)}


def sms_code(to):
    """The code in the last text message sent to ``to``; None when it brought none."""
    bodies = [message.body for message in sms.outbox if message.to == to]
    found = re.search(r"\b\d{6}\b", bodies[-1]) if bodies else None
    return found and found.group()
