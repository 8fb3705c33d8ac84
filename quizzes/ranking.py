"""Results of a round and of a contest, reproducible from the stored attempts.

A round ranks each participant by their counted attempt (the best, or the first, as the
round says), ordered in turn by:

1. score, higher first;
2. how far the prediction is from the number of participants whose counted attempt got
   every question right (``QuizPage.perfect_count``, set when the round is closed),
   closer first; no prediction comes last;
3. duration, shorter first;
4. start time, earlier first;
5. the attempt's id, lower first: the organiser's final rule, so no two rows ever tie.

The overall ranking of a contest adds up each participant's counted rounds: total score,
then total distance (a round without a prediction counts as the farthest), total
duration, earliest first start. The SQL is the same on SQLite and PostgreSQL.
"""

import datetime
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

from .models import Attempt, QuizPage

ATTEMPT = Attempt._meta.db_table
# A missing prediction is farther than any real one.
NO_PREDICTION = 2**31 - 1


@dataclass(frozen=True)
class Ranked:
    position: int
    attempt_id: int
    participant_id: int
    score: int
    distance: int | None
    duration_ms: int
    started_at: object


def _counted(quiz, with_distance):
    """SQL selecting each participant's counted attempt at ``quiz`` (and its params)."""
    distance = "ABS(a.prediction - %s)" if with_distance else "NULL"
    if quiz.counting == QuizPage.Counting.FIRST:
        pick = "a.number"
    else:
        pick = (
            "a.score DESC, "
            + (f"{distance} ASC NULLS LAST, " if with_distance else "")
            + "a.duration_ms, a.started_at, a.id"
        )
    params = [quiz.perfect_count] if with_distance else []
    if with_distance and quiz.counting != QuizPage.Counting.FIRST:
        params.append(quiz.perfect_count)
    sql = (
        f"SELECT a.id, a.participant_id, a.score, {distance} AS distance, a.duration_ms, "
        f"a.started_at, a.all_correct, ROW_NUMBER() OVER (PARTITION BY a.participant_id "
        f"ORDER BY {pick}) AS pick FROM {ATTEMPT} a "
        "WHERE a.quiz_id = %s AND a.finished_at IS NOT NULL"
    )
    return sql, [*params, quiz.pk]


def round_ranking(quiz, limit=None):
    """The ranking of ``quiz``, best first, as ``Ranked`` rows (``limit`` of them)."""
    with_distance = quiz.perfect_count is not None
    counted, params = _counted(quiz, with_distance)
    sql = (
        f"SELECT id, participant_id, score, distance, duration_ms, started_at "
        f"FROM ({counted}) c WHERE pick = 1 "
        "ORDER BY score DESC, distance ASC NULLS LAST, duration_ms ASC, started_at ASC, id ASC"
    )
    if limit is not None:
        sql += " LIMIT %s"
        params = [*params, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [
            Ranked(position, *row[:5], _aware(row[5]))
            for position, row in enumerate(cursor.fetchall(), start=1)
        ]


def _aware(moment):
    """Raw SQL on SQLite gives times as naive UTC (the ORM would convert them)."""
    if isinstance(moment, str):
        moment = datetime.datetime.fromisoformat(moment)
    return timezone.make_aware(moment, datetime.UTC) if timezone.is_naive(moment) else moment


def perfect_count(quiz):
    """Participants whose counted attempt (chosen without the prediction, which this
    number is for) got every question right."""
    counted, params = _counted(quiz, with_distance=False)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({counted}) c WHERE pick = 1 AND all_correct", params)
        return cursor.fetchone()[0]


@transaction.atomic
def close_round(quiz, now=None):
    """Finish what is still running with its saved answers and set the number the
    predictions are measured against. Refused before the round closes; closing again
    changes nothing."""
    from .taking import finish_expired

    now = now or timezone.now()
    if now < quiz.closes_at:
        raise ValueError("Vòng thi chưa kết thúc.")
    running = Attempt.objects.select_related("quiz").filter(quiz=quiz, finished_at__isnull=True)
    for attempt in running:
        finish_expired(attempt)
    quiz.perfect_count = perfect_count(quiz)
    # Not a page edit: no revision, no new publication.
    QuizPage.objects.filter(pk=quiz.pk).update(perfect_count=quiz.perfect_count)
    return quiz.perfect_count


@dataclass(frozen=True)
class Award:
    quiz_id: int
    prize: str
    position: int
    participant_id: int
    attempt_id: int


def allocate_prizes(contest):
    """Each closed round's prizes by the contest's structure (``ContestPrize``, highest
    first), a person winning at most one prize in the whole contest: their highest.

    Prize levels are filled from the highest down, each round in turn; a person who
    already holds a prize is passed over and the prize goes to the next in that round's
    ranking."""
    levels = list(contest.prizes.order_by("sort_order", "pk"))
    rounds = list(QuizPage.objects.child_of(contest).filter(perfect_count__isnull=False))
    rankings = {quiz.pk: round_ranking(quiz) for quiz in rounds}
    next_place = {quiz.pk: 0 for quiz in rounds}
    winners, awards = set(), []
    for level in levels:
        for quiz in rounds:
            ranking, given = rankings[quiz.pk], 0
            while given < level.count and next_place[quiz.pk] < len(ranking):
                row = ranking[next_place[quiz.pk]]
                next_place[quiz.pk] += 1
                if row.participant_id in winners:
                    continue
                winners.add(row.participant_id)
                awards.append(
                    Award(quiz.pk, level.name, row.position, row.participant_id, row.attempt_id)
                )
                given += 1
    return awards
