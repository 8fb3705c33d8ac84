"""What the fault runs check once the burst is over, beside ``load_checks.check_round``
(nothing acknowledged lost, duplicated or mis-scored): nothing half-written, no 500, a
Retry-After on every 503, what the driver's retries were answered with, and whether the
rate limits held as documented."""

import psycopg

from .client import DROPPED

# Statuses a retrying client sends its request again after (``client.RETRY_STATUSES``).
TRANSIENT = {502, 503, 504}


def tries_by_status(answers):
    """{status or error: count} over every try of every answer."""
    counts = {}
    for answer in answers:
        for attempt in answer.tries:
            key = str(attempt.status or attempt.error or "no answer")
            counts[key] = counts.get(key, 0) + 1
    return counts


def final_by_status(answers):
    counts = {}
    for answer in answers:
        key = str(answer.status or answer.error or "no answer")
        counts[key] = counts.get(key, 0) + 1
    return counts


def transport_figures(answers):
    """What the server answered and what the driver did about it."""
    tries = [attempt for answer in answers for attempt in answer.tries]
    return {
        "requests": len(answers),
        "tries": len(tries),
        "retries": sum(answer.retries for answer in answers),
        "server_errors": sum(
            1 for attempt in tries if attempt.status >= 500 and attempt.status not in TRANSIENT
        ),
        "unavailable": sum(1 for attempt in tries if attempt.status == 503),
        "unavailable_without_retry_after": sum(
            1 for attempt in tries if attempt.status == 503 and not attempt.retry_after
        ),
        "cut": sum(1 for attempt in tries if attempt.status == 0 and attempt.error != DROPPED),
        "dropped": sum(1 for attempt in tries if attempt.error == DROPPED),
        "refused_by_limits": sum(1 for attempt in tries if attempt.status == 429),
        "unanswered": sum(1 for answer in answers if answer.status != 200),
        "tries_by_status": tries_by_status(answers),
        "final_by_status": final_by_status(answers),
    }


def answered_from_before(answers, stored_at):
    """Retried requests whose last try was sent after the row it reports was already
    stored: an earlier try, cut or refused, had been written, and the retry was answered
    with it. ``stored_at``: {answer: when its row was written, Unix seconds, or None}."""
    return sum(
        1
        for answer in answers
        if answer.retries
        and stored_at.get(id(answer)) is not None
        and stored_at[id(answer)] < answer.tries[-1].sent_at
    )


def half_written(database_url, contest_id, quiz_id):
    """Rows a start or a submit cut in the middle would leave: entries to the round's
    contest without an attempt in the round, and finished attempts without their
    score."""
    with psycopg.connect(database_url) as connection:
        entries = connection.execute(
            "SELECT count(*) FROM quizzes_contestentry e WHERE e.contest_id = %s "
            "AND NOT EXISTS (SELECT 1 FROM quizzes_attempt a "
            "WHERE a.quiz_id = %s AND a.participant_id = e.participant_id)",
            [contest_id, quiz_id],
        ).fetchone()[0]
        attempts = connection.execute(
            "SELECT count(*) FROM quizzes_attempt WHERE quiz_id = %s AND finished_at IS NOT NULL "
            "AND (score IS NULL OR correct_count IS NULL OR finish = '' OR duration_ms IS NULL)",
            [quiz_id],
        ).fetchone()[0]
    return {"entries_without_attempt": entries, "finished_without_score": attempts}


def limit_bounds(limit, processes, windows, shared):
    """(fewest, most) requests of one account that a per-account limit of ``limit`` a
    window lets through over ``windows`` windows: counted in one place for all the
    servers (``shared``), ``limit`` a window exactly; counted by each process alone,
    from ``limit`` to ``limit`` per process and window."""
    return (limit, limit * windows * (1 if shared else processes))


def probe_verdict(probe):
    """Whether a limit probe's accepted count lies within its bounds."""
    fewest, most = probe["bounds"]
    return fewest <= probe["accepted"] <= most and probe["other"] == 0


def passed(figures):
    """The verdict of one run: everything acknowledged stored once and scored right,
    nothing half-written, no 500, every 503 with Retry-After, every participant through
    in the end, the limit probe within bounds and the fault really met."""
    check, transport = figures["check"], figures["transport"]
    clean = (
        check["lost"] == 0
        and check["duplicated"] == 0
        and check["altered"] == 0
        and check["wrong_score"] == 0
        and check["unexplained"] == 0
        and not any(figures["half_written"].values())
        and transport["server_errors"] == 0
        and transport["unavailable_without_retry_after"] == 0
        and transport["unanswered"] == 0
    )
    probe = figures.get("limit_probe")
    return clean and (probe is None or probe_verdict(probe)) and figures["fault"]["met"]
