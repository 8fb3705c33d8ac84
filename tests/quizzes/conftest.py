"""What the contest tests share: an open round of the four-question bank
(``tests.factories.question_bank``), a participant, answers to an attempt chosen by
the options' places in the bank, and the codes participants get by SMS."""

import re

import pytest

from home import sms
from quizzes.models import QuizPage
from tests.factories import ParticipantFactory, QuizPageFactory

# Options chosen for each question of the bank, in the bank's order, by their places in
# the bank (the factory's bank puts every right answer first).
ALL_RIGHT = [[0], [0, 1], [0], [0]]


@pytest.fixture
def quiz(db):
    return QuizPageFactory()


@pytest.fixture
def person(db):
    return ParticipantFactory()


def answers(attempt, places=ALL_RIGHT):
    """{question id: [option keys]} answering ``attempt`` with the options at ``places``
    in the bank, given as the attempt's keys."""
    drawn = {item["id"]: item for item in attempt.questions}
    bank = QuizPage.objects.get(pk=attempt.quiz_id).question_blocks()
    chosen = {}
    for question_id, wanted in zip(bank, places, strict=True):
        item = drawn[question_id]
        keys = dict(zip(item["options"], item.get("keys", item["options"]), strict=True))
        chosen[question_id] = [keys[place] for place in wanted]
    return chosen


def change_round(quiz, **changes):
    """Change ``quiz``'s settings where a start reads them: in the database."""
    QuizPage.objects.filter(pk=quiz.pk).update(**changes)
    for name, value in changes.items():
        setattr(quiz, name, value)


def sms_code(to):
    """The code in the last text message sent to ``to``; None when it brought none."""
    bodies = [message.body for message in sms.outbox if message.to == to]
    found = re.search(r"\b\d{6}\b", bodies[-1]) if bodies else None
    return found and found.group()
