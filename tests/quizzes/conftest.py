"""What the contest tests share: an open round of the four-question bank
(``tests.factories.question_bank``), a participant, and answers to it by option keys."""

import pytest

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
