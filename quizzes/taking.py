"""Taking a round, enforced by the server: start, save, submit.

- ``start`` records the start time and draws the questions; a participant with an
  attempt still running gets that attempt back (a reload resumes it); a round not yet
  open or already closed, an ineligible unit, a missing or reused CCCD and attempts
  beyond the allowed number are refused.
- ``save`` keeps the answers given so far, until the deadline.
- ``submit`` scores once. A repeated or concurrent submit of the same attempt gets the
  first result: the finishing write only applies to an unfinished attempt.
- A submit later than the deadline plus ``GRACE`` is refused; the attempt is then
  finished with the answers saved before the deadline (``finish_expired``), so a
  participant who lost their connection keeps what they had saved.

The deadline is the start plus the round's time limit, and never later than the close.
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from . import attempt_sql
from .drawing import draw
from .models import Attempt, ContestEntry, ContestPage, Participant
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


def join(contest, participant):
    """The participant's entry to ``contest``, made on their first start."""
    entry = ContestEntry.objects.filter(contest=contest, participant=participant).first()
    if entry:
        return entry
    if not contest.is_eligible(participant.unit_id):
        raise Refused("not_eligible", "Đơn vị của bạn không thuộc đối tượng dự thi.")
    if contest.requires_cccd and not participant.cccd:
        raise Refused("cccd_required", "Cuộc thi yêu cầu số căn cước công dân.")
    try:
        with transaction.atomic():
            return ContestEntry.objects.create(
                contest=contest, participant=participant, cccd_hash=participant.cccd_hash
            )
    except IntegrityError:
        entry = ContestEntry.objects.filter(contest=contest, participant=participant).first()
        if entry:
            return entry  # a concurrent first start made it
        raise Refused(
            "cccd_taken", "Số căn cước công dân này đã được dùng để dự thi cuộc thi này."
        ) from None


@transaction.atomic
def start(quiz, participant, now=None, ip=None, device=""):
    now = now or timezone.now()
    state = quiz.state(now)
    if state == "upcoming":
        raise Refused("not_open", f"Vòng thi mở lúc {_local(quiz.opens_at)}.")
    if state == "closed":
        raise Refused("closed", f"Vòng thi đã kết thúc lúc {_local(quiz.closes_at)}.")
    # The contest in one query (get_parent().specific takes two).
    join(ContestPage.objects.parent_of(quiz).get(), participant)
    # One start at a time per participant (PostgreSQL; SQLite serialises writers and
    # the unique attempt number catches the rest), so the count below is exact.
    Participant.objects.select_for_update().filter(pk=participant.pk).first()
    attempts = list(Attempt.objects.filter(quiz=quiz, participant=participant))
    for attempt in attempts:
        if attempt.finished_at is None:
            if now <= attempt.deadline:
                return attempt
            finish_expired(attempt)
    if quiz.attempts_allowed and len(attempts) >= quiz.attempts_allowed:
        raise Refused(
            "no_attempts_left", f"Bạn đã làm hết {quiz.attempts_allowed} lượt của vòng thi này."
        )
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                quiz=quiz,
                participant=participant,
                number=len(attempts) + 1,
                started_at=now,
                deadline=min(now + quiz.time_limit, quiz.closes_at),
                questions=draw(quiz),
                ip=ip,
                device=device[:64],
            )
    except IntegrityError:
        running = Attempt.objects.filter(
            quiz=quiz, participant=participant, finished_at__isnull=True
        ).first()
        if running:
            return running  # a concurrent start made it
        raise Refused("no_attempts_left", "Bạn đã làm hết số lượt của vòng thi này.") from None


def own_attempt(attempt_id, participant):
    """The participant's attempt with the round fields that taking it reads
    (``ROUND_FIELDS``); Refused if it is someone else's or does not exist, or if the
    participant (a Participant or a ``tokens.Signed``) has signed out since."""
    attempt = attempt_sql.find(attempt_id, participant, ROUND_FIELDS)
    if attempt is not None:
        return attempt
    if not Participant.objects.filter(
        pk=participant.pk, token_salt=participant.token_salt
    ).exists():
        raise Refused("signed_out", "Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.")
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
    """Replace the attempt's saved answers (all of them, as the form holds them)."""
    now = now or timezone.now()
    attempt = own_attempt(attempt_id, participant)
    if attempt.finished_at is not None:
        raise Refused("finished", "Lượt làm bài đã kết thúc.")
    if _late(attempt, now):
        finish_expired(attempt)
        raise Refused("late", "Đã hết giờ làm bài; các câu trả lời đã lưu được tính.")
    checked = _checked(attempt.quiz, attempt, answers)
    fields = {"answers": checked, "prediction": _prediction(prediction)}
    if not attempt_sql.update_unfinished(attempt.pk, fields):
        raise Refused("finished", "Lượt làm bài đã kết thúc.")
    _assign(attempt, fields)
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
