"""Attempts as the server enforces them: every refusal with its reason, resuming, one
score per attempt however often or concurrently it is submitted."""

import datetime
import threading

import pytest

from django.db import connection

from quizzes import taking
from quizzes.models import Attempt
from quizzes.taking import GRACE, Refused
from tests.factories import ContestPageFactory, ParticipantFactory, QuizPageFactory, UnitFactory
from tests.quizzes.conftest import ALL_RIGHT, answers, change_round


def refused(code, call, *args, **kwargs):
    with pytest.raises(Refused) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code
    assert caught.value.message  # every refusal says why, in words
    return caught.value


def test_start_records_the_time_and_draws_the_questions(quiz, person):
    attempt = taking.start(quiz.pk, person)
    assert attempt.number == 1 and attempt.finished_at is None
    assert attempt.deadline == attempt.started_at + datetime.timedelta(minutes=30)
    assert [item["id"] for item in attempt.questions] == [b.id for b in quiz.questions]


def test_the_deadline_is_never_after_the_close(quiz, person):
    now = quiz.closes_at - datetime.timedelta(minutes=5)
    assert taking.start(quiz.pk, person, now=now).deadline == quiz.closes_at


def test_a_reload_resumes_the_running_attempt_with_its_saved_answers(quiz, person):
    first = taking.start(quiz.pk, person)
    taking.save(first.pk, person, answers(first, [[1], [], [], []]), prediction=120)
    again = taking.start(quiz.pk, person)
    assert again.pk == first.pk
    assert again.answers == {quiz.questions[0].id: [1]} | {
        block.id: [] for block in list(quiz.questions)[1:]
    }
    assert again.prediction == 120


def test_a_round_not_yet_open_or_closed_refuses_starts(quiz, person):
    message = refused("not_open", taking.start, quiz.pk, person, now=quiz.opens_at - GRACE).message
    assert "mở lúc" in message
    refused("closed", taking.start, quiz.pk, person, now=quiz.closes_at)
    assert not Attempt.objects.exists()


def test_attempts_beyond_the_allowed_number_are_refused(quiz, person):
    change_round(quiz, attempts_allowed=2)
    for _ in range(2):
        attempt = taking.start(quiz.pk, person)
        taking.submit(attempt.pk, person, answers(attempt))
    assert "2 lượt" in refused("no_attempts_left", taking.start, quiz.pk, person).message
    assert Attempt.objects.count() == 2


def test_unlimited_attempts(quiz, person):
    change_round(quiz, attempts_allowed=0)
    numbers = [taking.submit(taking.start(quiz.pk, person).pk, person, {}).number for _ in range(5)]
    assert numbers == [1, 2, 3, 4, 5]


def test_submit_scores_and_a_repeated_submit_returns_the_first_result(quiz, person):
    attempt = taking.start(quiz.pk, person)
    first = taking.submit(attempt.pk, person, answers(attempt), prediction=35)
    assert (first.score, first.correct_count, first.all_correct) == (16, 4, True)
    assert first.finish == Attempt.Finish.SUBMITTED and first.prediction == 35
    again = taking.submit(attempt.pk, person, answers(attempt, [[1], [], [1], [1]]), prediction=1)
    assert (again.score, again.prediction, again.finished_at) == (16, 35, first.finished_at)


def test_a_submit_arriving_while_another_finishes_the_attempt_scores_nothing_twice(
    quiz, person, monkeypatch
):
    attempt = taking.start(quiz.pk, person)
    original = taking.score
    raced = []

    def score_while_another_submit_lands(*args):
        if not raced:
            raced.append(None)  # the other submit scores normally
            raced[0] = taking.submit(attempt.pk, person, answers(attempt))
        return original(*args)

    monkeypatch.setattr(taking, "score", score_while_another_submit_lands)
    late_one = taking.submit(attempt.pk, person, answers(attempt, [[1], [], [1], [1]]))
    assert late_one.score == raced[0].score == 16
    assert Attempt.objects.get().score == 16


# serialized_rollback: the site's home page, made by a migration, is gone after any
# other test with real transactions.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="threads need a server; SQLite has one writer"
)
def test_concurrent_submits_from_threads_finish_the_attempt_once():
    quiz, person = QuizPageFactory(), ParticipantFactory()
    attempt = taking.start(quiz.pk, person)
    results, barrier = [], threading.Barrier(6)

    def submit(keys):
        barrier.wait()
        try:
            results.append(taking.submit(attempt.pk, person, answers(attempt, keys)))
        finally:
            connection.close()

    threads = [
        threading.Thread(target=submit, args=(ALL_RIGHT if n % 2 else [[1], [], [1], [1]],))
        for n in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 6
    stored = Attempt.objects.get(pk=attempt.pk)
    assert {(r.score, r.finished_at) for r in results} == {(stored.score, stored.finished_at)}


def test_a_late_submit_is_refused_and_the_saved_answers_count(quiz, person):
    attempt = taking.start(quiz.pk, person)
    taking.save(attempt.pk, person, answers(attempt, [[0], [], [], []]), prediction=9)
    late = attempt.deadline + GRACE + datetime.timedelta(seconds=1)
    message = refused("late", taking.submit, attempt.pk, person, answers(attempt), now=late).message
    assert "đã lưu" in message
    stored = Attempt.objects.get(pk=attempt.pk)
    assert (stored.finish, stored.score, stored.finished_at) == ("expired", 4, attempt.deadline)
    assert stored.prediction == 9


def test_a_submit_within_the_grace_is_accepted(quiz, person):
    attempt = taking.start(quiz.pk, person)
    on_time = taking.submit(attempt.pk, person, answers(attempt), now=attempt.deadline + GRACE)
    assert on_time.score == 16


def test_saving_after_the_deadline_or_after_submitting_is_refused(quiz, person):
    attempt = taking.start(quiz.pk, person)
    taking.submit(attempt.pk, person, {})
    refused("finished", taking.save, attempt.pk, person, answers(attempt))
    other = ParticipantFactory()
    running = taking.start(quiz.pk, other)
    after = running.deadline + GRACE + datetime.timedelta(seconds=1)
    refused("late", taking.save, running.pk, other, answers(running), now=after)


def test_a_save_after_the_deadline_leaves_the_saved_answers_unchanged(quiz, person):
    """A save carries answers that may have been chosen after the deadline (a phone that
    held them offline): unlike the countdown's submit, it gets no grace."""
    attempt = taking.start(quiz.pk, person)
    saved = taking.save(attempt.pk, person, answers(attempt, [[0], [], [], []]), prediction=9)
    just_after = attempt.deadline + datetime.timedelta(seconds=1)

    message = refused(
        "late", taking.save, attempt.pk, person, answers(attempt), prediction=1, now=just_after
    ).message

    assert "không được tính" in message
    stored = Attempt.objects.get(pk=attempt.pk)
    assert (stored.answers, stored.prediction) == (saved.answers, 9)
    # Still within the grace the countdown's submit has: the attempt stays open for it.
    assert stored.finished_at is None


def test_a_save_after_the_grace_finishes_the_attempt_with_what_was_saved(quiz, person):
    attempt = taking.start(quiz.pk, person)
    saved = taking.save(attempt.pk, person, answers(attempt, [[0], [], [], []]))
    after = attempt.deadline + GRACE + datetime.timedelta(seconds=1)

    refused("late", taking.save, attempt.pk, person, answers(attempt), now=after)

    stored = Attempt.objects.get(pk=attempt.pk)
    assert (stored.finish, stored.score, stored.finished_at) == ("expired", 4, attempt.deadline)
    assert stored.answers == saved.answers


def test_a_late_submit_carrying_other_answers_changes_nothing_saved(quiz, person):
    attempt = taking.start(quiz.pk, person)
    saved = taking.save(attempt.pk, person, answers(attempt, [[1], [], [], []]))
    after = attempt.deadline + GRACE + datetime.timedelta(seconds=1)

    refused("late", taking.submit, attempt.pk, person, answers(attempt), now=after)
    # Sent again when the connection returns: the first result stands.
    again = taking.submit(attempt.pk, person, answers(attempt), now=after)

    assert again.answers == saved.answers
    assert (again.finish, again.score) == ("expired", 0)


def test_saved_at_is_the_servers_time_of_the_save(quiz, person):
    attempt = taking.start(quiz.pk, person)
    moment = attempt.started_at + datetime.timedelta(minutes=3)
    assert taking.save(attempt.pk, person, answers(attempt), now=moment).saved_at == moment


def test_an_expired_attempt_is_finished_when_the_next_one_starts(quiz, person):
    change_round(quiz, attempts_allowed=2)
    first = taking.start(quiz.pk, person)
    later = first.deadline + datetime.timedelta(minutes=1)
    second = taking.start(quiz.pk, person, now=later)
    assert second.number == 2
    assert Attempt.objects.get(pk=first.pk).finish == Attempt.Finish.EXPIRED


def test_nobody_can_use_someone_elses_attempt(quiz, person):
    attempt = taking.start(quiz.pk, person)
    stranger = ParticipantFactory()
    refused("not_found", taking.submit, attempt.pk, stranger, answers(attempt))
    refused("not_found", taking.save, attempt.pk, stranger, answers(attempt))


def test_bad_answers_and_predictions_are_refused_and_lose_nothing(quiz, person):
    attempt = taking.start(quiz.pk, person)
    taking.save(attempt.pk, person, answers(attempt, [[0], [], [], []]))
    refused("invalid_answers", taking.save, attempt.pk, person, {"khong-co": [0]})
    refused("invalid_prediction", taking.submit, attempt.pk, person, {}, prediction=-3)
    stored = Attempt.objects.get(pk=attempt.pk)
    assert stored.finished_at is None
    assert stored.answers[quiz.questions[0].id] == [0]


def test_units_outside_the_contest_and_missing_or_reused_cccd_are_refused(db):
    eligible = UnitFactory()
    contest = ContestPageFactory()
    contest.eligible_units.add(eligible)
    contest.save()
    quiz = QuizPageFactory(parent=contest)
    refused("not_eligible", taking.start, quiz.pk, ParticipantFactory())
    refused("cccd_required", taking.start, quiz.pk, ParticipantFactory(unit=eligible, cccd=""))
    taking.start(quiz.pk, ParticipantFactory(unit=eligible, cccd="012345678901"))
    same_cccd = ParticipantFactory(unit=eligible, cccd="012345678901")
    assert "đã được dùng" in refused("cccd_taken", taking.start, quiz.pk, same_cccd).message
