"""Taking a round, enforced by the server: start, save, submit.

- ``start`` records the start time and draws the questions; a participant with an
  attempt still running gets that attempt back (a reload resumes it); a round not yet
  open or already closed, an ineligible unit, a missing or reused CCCD and attempts
  beyond the allowed number are refused.
- ``save`` keeps the answers given so far, until the deadline and not a second later:
  a save may carry answers chosen after the deadline (a phone that held them while
  offline), so a late one changes nothing stored. Each save is stamped with the
  server's time (``saved_at``), which the page shows.
- ``submit`` scores once. A repeated or concurrent submit of the same attempt gets the
  first result: the finishing write only applies to an unfinished attempt.
- A submit later than the deadline plus ``GRACE`` is refused; the attempt is then
  finished with the answers saved before the deadline (``finish_expired``), so a
  participant who lost their connection keeps what they had saved.

The deadline is the start plus the round's time limit, and never later than the close.
"""

from datetime import timedelta

from django.utils import timezone

from core.ids import storable_id

from . import attempt_sql, start_sql
from .drawing import draw
from .models import Attempt, ContestEntry, Participant
from .scoring import check_answers, score

# Submissions this long after the deadline are still accepted: the time a phone on a
# slow network takes to send the form the countdown submitted at zero.
GRACE = timedelta(seconds=30)
MAX_PREDICTION = 100_000_000
# Of the round's page, what saving, submitting and showing an attempt read: the bank's
# digest, the times and what an attempt and its result show. Loading these alone spares
# reading and building the whole page (Wagtail's page row and its dozens of fields) on
# every save and submit; any other field is loaded when first used.
ROUND_FIELDS = [
    "opens_at",
    "closes_at",
    "bank_digest",  # the bank itself only when this process has not parsed it yet
    "show_answers_after_close",
    "prediction_question",
]
# Of the round's page, what starting an attempt reads: its times, the rules of its
# attempts and of drawing them, and what the attempt shows.
START_FIELDS = [
    "opens_at",
    "closes_at",
    "time_limit_minutes",
    "questions_per_attempt",
    "shuffle_questions",
    "shuffle_options",
    "attempts_allowed",
    "bank_digest",
    "prediction_question",
]
# Of the participant, what entering a contest reads (``enter``).
ENTRY_READS = ["cccd_hash"]
# What finishing an attempt writes: read back when another request finished it first.
RESULT_FIELDS = [
    "answers",
    "prediction",
    "finished_at",
    "finish",
    "score",
    "correct_count",
    "all_correct",
    "duration_ms",
]


class Refused(Exception):
    """What a participant asked for cannot be done; ``message`` says why, in Vietnamese,
    and ``code`` names the reason for programs."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def _local(moment):
    return timezone.localtime(moment).strftime("%H:%M ngày %d/%m/%Y")


def _local_time(moment):
    return timezone.localtime(moment).strftime("%H:%M:%S")


def start(round_id, participant, now=None, ip=None, device="", public_only=False):
    """The participant's attempt at the live round ``round_id`` (public too, with
    ``public_only``: the API's rule): the one running, or a new one. ``participant``
    is a Participant or a ``tokens.Signed``; the read checks the token is still theirs.

    One statement reads all a start decides on (``start_sql.read``); a first start then
    writes the contest entry and the attempt. Concurrent starts take no lock: the unique
    constraints decide, and the one that loses gets the attempt the other made."""
    now = now or timezone.now()
    found = None
    if storable_id(round_id):
        found = start_sql.read(round_id, participant, START_FIELDS, ENTRY_READS, public_only)
    if found is None:
        _refuse_signed_out(participant)
        raise Refused("not_found", "Không tìm thấy vòng thi.")
    quiz = found.quiz
    state = quiz.state(now)
    if state == "upcoming":
        raise Refused("not_open", f"Vòng thi mở lúc {_local(quiz.opens_at)}.")
    if state == "closed":
        raise Refused("closed", f"Vòng thi đã kết thúc lúc {_local(quiz.closes_at)}.")
    latest = found.latest
    if latest is not None and latest.finished_at is None:
        if now <= latest.deadline:
            return latest
        finish_expired(latest)
    if not found.entered:
        _may_enter(found.participant, found.requires_cccd, found.eligible)
    if quiz.attempts_allowed and found.attempt_count >= quiz.attempts_allowed:
        raise Refused(
            "no_attempts_left", f"Bạn đã làm hết {quiz.attempts_allowed} lượt của vòng thi này."
        )
    attempt = Attempt(
        quiz=quiz,
        participant_id=participant.pk,
        number=found.attempt_count + 1,
        started_at=now,
        deadline=min(now + quiz.time_limit, quiz.closes_at),
        questions=draw(quiz),
        ip=ip,
        device=device[:64],
    )
    if found.entered:
        entered, started = True, start_sql.insert(attempt)
    else:
        # The entry and the attempt are written together or not at all: a database lost
        # between them leaves no entry without its attempt.
        entered, started = start_sql.enter_and_insert(_entry(found), attempt)
    if started:
        return attempt
    if (
        not entered
        and not ContestEntry.objects.filter(
            contest_id=found.contest_id, participant_id=participant.pk
        ).exists()
    ):
        raise Refused("cccd_taken", "Số căn cước công dân này đã được dùng để dự thi cuộc thi này.")
    # A concurrent start entered the contest or took this number first: its attempt is
    # the one running.
    running = (
        Attempt.objects.filter(quiz_id=round_id, participant_id=participant.pk)
        .order_by("-number")
        .first()
    )
    if running is None or running.finished_at is not None:
        raise Refused("no_attempts_left", "Bạn đã làm hết số lượt của vòng thi này.")
    running.quiz = quiz
    return running


def _may_enter(participant, requires_cccd, eligible):
    """Refused unless the participant may enter the contest on their first start in it.
    ``participant`` holds ``ENTRY_READS``; ``eligible``: whether their unit may enter."""
    if not eligible:
        raise Refused("not_eligible", "Đơn vị của bạn không thuộc đối tượng dự thi.")
    if requires_cccd and not participant.cccd_hash:
        raise Refused("cccd_required", "Cuộc thi yêu cầu số căn cước công dân.")


def _entry(found):
    """The participant's entry to the contest of ``found`` (a ``start_sql.StartState``).
    Writing it gives way when one exists already (a concurrent first start) or their
    CCCD entered the contest under another account."""
    participant = found.participant
    return ContestEntry(
        contest_id=found.contest_id, participant_id=participant.pk, cccd_hash=participant.cccd_hash
    )


def _refuse_signed_out(participant):
    """Refused when the participant's token has been revoked since it was signed (by a
    new password); the caller's statement found nothing, and this tells why."""
    if not Participant.objects.filter(
        pk=participant.pk, token_salt=participant.token_salt
    ).exists():
        raise Refused("signed_out", "Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.")


def own_attempt(attempt_id, participant):
    """The participant's attempt with the round fields that taking it reads
    (``ROUND_FIELDS``); Refused if it is someone else's or does not exist, or if the
    participant (a Participant or a ``tokens.Signed``) has signed out since."""
    if storable_id(attempt_id):
        attempt = attempt_sql.find(attempt_id, participant, ROUND_FIELDS)
        if attempt is not None:
            return attempt
    _refuse_signed_out(participant)
    raise Refused("not_found", "Không tìm thấy lượt làm bài.")


def _prediction(value):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PREDICTION:
        raise Refused("invalid_prediction", "Dự đoán là một số nguyên không âm.")
    return value


def _checked(quiz, attempt, answers):
    try:
        return check_answers(quiz, attempt.questions, answers)
    except ValueError as error:
        raise Refused("invalid_answers", str(error)) from None


def _late(attempt, now):
    return now > attempt.deadline + GRACE


def save(attempt_id, participant, answers, prediction=None, now=None):
    """Replace the attempt's saved answers (all of them, as the form holds them); the
    attempt, with ``saved_at``: the server's time of this save.

    After the deadline nothing is saved. Within the grace the attempt stays open, for
    the submit the countdown sent at zero; after it the attempt is finished with what
    was saved before."""
    now = now or timezone.now()
    attempt = own_attempt(attempt_id, participant)
    if attempt.finished_at is not None:
        raise Refused("finished", "Lượt làm bài đã kết thúc.")
    if now > attempt.deadline:
        if _late(attempt, now):
            finish_expired(attempt)
        raise Refused(
            "late",
            f"Đã hết giờ làm bài lúc {_local_time(attempt.deadline)}: các câu trả lời gửi "
            "sau đó không được tính, các câu trả lời đã lưu trước khi hết giờ được tính.",
        )
    checked = _checked(attempt.quiz, attempt, answers)
    fields = {"answers": checked, "prediction": _prediction(prediction)}
    if not attempt_sql.update_unfinished(attempt.pk, fields):
        raise Refused("finished", "Lượt làm bài đã kết thúc.")
    _assign(attempt, fields)
    attempt.saved_at = now
    return attempt


def submit(attempt_id, participant, answers=None, prediction=None, now=None):
    """Finish and score the attempt; a finished attempt is returned as it was scored.
    ``answers`` None submits the answers saved."""
    now = now or timezone.now()
    attempt = own_attempt(attempt_id, participant)
    if attempt.finished_at is not None:
        return attempt
    if _late(attempt, now):
        finish_expired(attempt)
        raise Refused(
            "late",
            f"Đã quá giờ nộp bài ({_local(attempt.deadline)}); "
            "các câu trả lời đã lưu trước khi hết giờ được tính.",
        )
    checked = attempt.answers if answers is None else _checked(attempt.quiz, attempt, answers)
    guess = attempt.prediction if prediction is None else _prediction(prediction)
    if not _finish(attempt, checked, guess, finished_at=now, how=Attempt.Finish.SUBMITTED):
        # A concurrent submit (or the close) finished it first: its result is the one.
        attempt.refresh_from_db(fields=RESULT_FIELDS)
    return attempt


def finish_expired(attempt):
    """Finish an attempt whose time is up with the answers saved before the deadline."""
    _finish(
        attempt,
        attempt.answers,
        attempt.prediction,
        finished_at=attempt.deadline,
        how=Attempt.Finish.EXPIRED,
    )


def _finish(attempt, answers, prediction, finished_at, how):
    """Score and finish ``attempt``; whether this call is the one that finished it (the
    instance then holds what was written: no need to read it back)."""
    points, right, all_right = score(attempt.quiz, attempt.questions, answers)
    duration = finished_at - attempt.started_at
    fields = {
        "answers": answers,
        "prediction": prediction,
        "finished_at": finished_at,
        "finish": how.value,
        "score": points,
        "correct_count": right,
        "all_correct": all_right,
        "duration_ms": max(0, int(duration.total_seconds() * 1000)),
    }
    # Only an unfinished attempt is finished: of concurrent submits, one writes.
    if not attempt_sql.update_unfinished(attempt.pk, fields):
        return False
    _assign(attempt, fields)
    return True


def _assign(attempt, fields):
    for name, value in fields.items():
        setattr(attempt, name, value)
