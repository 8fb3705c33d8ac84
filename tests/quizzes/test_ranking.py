"""Ranking a round and a contest, prizes and unit standings, from stored attempts."""

import datetime

import pytest

from django.utils import timezone

from quizzes.models import Attempt, ContestPrize
from quizzes.ranking import (
    allocate_prizes,
    close_round,
    round_ranking,
)
from tests.factories import ContestPageFactory, ParticipantFactory, QuizPageFactory
from tests.quizzes.conftest import answers

START = timezone.now() - datetime.timedelta(days=3)


def attempt(
    quiz, person, score, prediction=None, seconds=600, start_minute=0, number=1, perfect=False
):
    started = START + datetime.timedelta(minutes=start_minute)
    return Attempt.objects.create(
        quiz=quiz,
        participant=person,
        number=number,
        started_at=started,
        deadline=started + datetime.timedelta(minutes=30),
        finished_at=started + datetime.timedelta(seconds=seconds),
        finish=Attempt.Finish.SUBMITTED,
        score=score,
        correct_count=score // 4,
        all_correct=perfect,
        prediction=prediction,
        duration_ms=seconds * 1000,
    )


@pytest.fixture
def closed_quiz(db):
    return QuizPageFactory(
        opens_at=START - datetime.timedelta(hours=1),
        closes_at=timezone.now() - datetime.timedelta(hours=1),
        attempts_allowed=0,
    )


def people(n):
    return [ParticipantFactory() for _ in range(n)]


def test_ties_are_broken_by_prediction_then_duration_then_start_then_id(closed_quiz):
    a, b, c, d, e, f, g = people(7)
    # Two of them got everything right, so the actual number is 2.
    attempt(closed_quiz, a, 16, prediction=2, seconds=500, perfect=True)
    attempt(closed_quiz, b, 16, prediction=5, seconds=100, perfect=True)  # farther prediction
    attempt(closed_quiz, c, 12, prediction=2, seconds=300, start_minute=5)
    attempt(closed_quiz, d, 12, prediction=2, seconds=300, start_minute=1)  # started earlier
    attempt(closed_quiz, e, 12, prediction=2, seconds=200)  # as close as c and d, faster
    attempt(closed_quiz, f, 12, prediction=None, seconds=10)  # no prediction: last of equals
    attempt(closed_quiz, g, 20, prediction=900, seconds=900)  # score comes first
    assert close_round(closed_quiz) == 2
    order = [row.participant_id for row in round_ranking(closed_quiz)]
    assert order == [g.pk, a.pk, b.pk, e.pk, d.pk, c.pk, f.pk]
    assert [row.position for row in round_ranking(closed_quiz)] == list(range(1, 8))
    assert round_ranking(closed_quiz)[1].distance == 0


def test_identical_results_are_ordered_by_the_first_attempt_made(closed_quiz):
    first, second = people(2)
    later = attempt(closed_quiz, second, 8, prediction=3)
    earlier = attempt(closed_quiz, first, 8, prediction=3)
    close_round(closed_quiz)
    assert [row.attempt_id for row in round_ranking(closed_quiz)] == [later.pk, earlier.pk]


def test_only_the_counted_attempt_ranks(closed_quiz):
    person, other = people(2)
    attempt(closed_quiz, person, 8, number=1)
    attempt(closed_quiz, person, 16, number=2, start_minute=40)
    attempt(closed_quiz, other, 12)
    close_round(closed_quiz)
    best = round_ranking(closed_quiz)
    assert [(row.participant_id, row.score) for row in best] == [(person.pk, 16), (other.pk, 12)]
    closed_quiz.counting = "first"
    first = round_ranking(closed_quiz)
    assert [(row.participant_id, row.score) for row in first] == [(other.pk, 12), (person.pk, 8)]


def test_closing_finishes_running_attempts_and_refuses_an_open_round(db):
    from quizzes import taking

    quiz = QuizPageFactory()
    with pytest.raises(ValueError, match="chưa kết thúc"):
        close_round(quiz)
    person = ParticipantFactory()
    running = taking.start(quiz.pk, person)
    taking.save(running.pk, person, answers(running, [[], [], [], [0]]), prediction=0)
    assert close_round(quiz, now=quiz.closes_at + datetime.timedelta(days=1)) == 0
    finished = Attempt.objects.get(pk=running.pk)
    assert (finished.finish, finished.score, finished.finished_at) == (
        "expired",
        4,
        running.deadline,
    )
    assert [row.distance for row in round_ranking(quiz)] == [0]


def test_a_person_wins_one_prize_in_the_contest_their_highest(db):
    contest = ContestPageFactory()
    ContestPrize.objects.create(contest=contest, name="Giải Nhất", count=1, sort_order=0)
    ContestPrize.objects.create(contest=contest, name="Giải Nhì", count=2, sort_order=1)
    closes = timezone.now() - datetime.timedelta(hours=1)
    week1, week2 = (
        QuizPageFactory(parent=contest, opens_at=START, closes_at=closes) for _ in range(2)
    )
    star, a, b, c = people(4)
    # The star is first in week 1 and second in week 2: they keep the first prize, and
    # week 2's second prizes go to the next two people.
    for quiz, ranking in [(week1, [star, a, b]), (week2, [c, star, a, b])]:
        for place, person in enumerate(ranking):
            attempt(quiz, person, 40 - place * 4)
        close_round(quiz)
    awards = [(a_.quiz_id, a_.prize, a_.participant_id) for a_ in allocate_prizes(contest)]
    assert awards == [
        (week1.pk, "Giải Nhất", star.pk),
        (week2.pk, "Giải Nhất", c.pk),
        (week1.pk, "Giải Nhì", a.pk),
        (week1.pk, "Giải Nhì", b.pk),
    ]
    assert len({participant for *_, participant in awards}) == len(awards)


def test_the_timer_command_closes_each_due_round_once(closed_quiz, db):
    from io import StringIO

    from django.core.management import call_command

    attempt(closed_quiz, ParticipantFactory(), 16, perfect=True)
    open_quiz = QuizPageFactory()
    out = StringIO()
    call_command("close_rounds", stdout=out)
    closed_quiz.refresh_from_db()
    open_quiz.refresh_from_db()
    assert (closed_quiz.perfect_count, open_quiz.perfect_count) == (1, None)
    assert "1 người" in out.getvalue()
    call_command("close_rounds", stdout=(again := StringIO()))
    assert again.getvalue() == ""
