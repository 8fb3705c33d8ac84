"""Checking the load test's acknowledged work against the database.

Every submission the server acknowledged (HTTP 200) must be stored exactly once: one
attempt per participant in the round, finished as submitted, with the answers and
prediction sent, and the score the server answered, which must also be the score the
driver computed from the bank's answer keys. Repeated and concurrent submits must get
the first result and change nothing.
"""

import psycopg

from .load_data import stored_answers

ATTEMPT_COLUMNS = (
    "a.id, p.phone, a.started_at, a.finish, a.finished_at, a.score, a.correct_count, "
    "a.duration_ms, "
    "a.answers, a.prediction"
)


def attempts(database_url, quiz_id):
    """{attempt id: row as a dict} of a round."""
    with psycopg.connect(database_url) as connection:
        cursor = connection.execute(
            f"SELECT {ATTEMPT_COLUMNS} FROM quizzes_attempt a "  # noqa: S608
            "JOIN quizzes_participant p ON p.id = a.participant_id WHERE a.quiz_id = %s",
            [quiz_id],
        )
        names = [column.name for column in cursor.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cursor}


def registered(database_url, phones):
    with psycopg.connect(database_url) as connection:
        return connection.execute(
            "SELECT phone, count(*) FROM quizzes_participant WHERE phone = ANY(%s) GROUP BY phone",
            [list(phones)],
        ).fetchall()


def _stored_as_sent(row, sent, drawn, keys):
    """Whether ``row`` holds what was ``sent`` to the attempt whose questions are
    ``drawn``: the answers by their options' places in the bank (``keys``)."""
    answers = stored_answers(sent["answers"], drawn[row["id"]], keys)
    return row["answers"] == answers and row["prediction"] == sent["prediction"]


def check_round(database_url, run):
    """The verification of one round's run (``load.RoundRun``), as a dict of counts."""
    rows = attempts(database_url, run.quiz_id)
    per_phone = {}
    for row in rows.values():
        per_phone[row["phone"]] = per_phone.get(row["phone"], 0) + 1
    started_ids = {attempt["id"] for attempt in run.started.values()}
    drawn = {attempt["id"]: attempt["questions"] for attempt in run.started.values()}
    lost = altered = wrong_score = 0
    for attempt_id, (sent, result, expected) in run.submitted.items():
        row = rows.get(attempt_id)
        if row is None or row["finished_at"] is None or row["finish"] != "submitted":
            lost += 1
        elif row["score"] != result["score"] or not _stored_as_sent(row, sent, drawn, run.keys):
            altered += 1
        if result["score"] != expected:
            wrong_score += 1
    phone_counts = dict(registered(database_url, run.tokens))
    return {
        "registered": len(run.tokens),
        "registered_stored": sum(1 for phone in run.tokens if phone_counts.get(phone) == 1),
        "started": len(run.started),
        "acknowledged": len(run.submitted),
        "attempts_stored": len(rows),
        "lost": lost,
        "altered": altered,
        "wrong_score": wrong_score,
        "duplicated": sum(count - 1 for count in per_phone.values() if count > 1),
        "unexplained": len(set(rows) - started_ids),
        **check_double_submits(rows, run.doubles, drawn, run.keys),
    }


def check_double_submits(rows, doubles, drawn, keys):
    """Submits sent twice at once, with different answers: both copies must get the same
    result, and the attempt must hold one of the two (``drawn``: each attempt's
    questions as started; ``keys``: the bank's, from ``load_data.answer_keys``)."""
    failed = 0
    for attempt_id, pair in doubles.items():
        (sent_a, result_a), (sent_b, result_b) = pair
        row = rows.get(attempt_id)
        same = result_a is not None and result_a == result_b
        stored = (
            row is not None
            and row["finish"] == "submitted"
            and same
            and row["score"] == result_a["score"]
            and (
                _stored_as_sent(row, sent_a, drawn, keys)
                or _stored_as_sent(row, sent_b, drawn, keys)
            )
        )
        failed += not stored
    return {"double_submits": len(doubles), "double_submits_failed": failed}


def snapshot(database_url, quiz_id, attempt_ids):
    rows = attempts(database_url, quiz_id)
    return {attempt_id: rows.get(attempt_id) for attempt_id in attempt_ids}


def check_resubmits(before, after, resubmits):
    """``resubmits``: {attempt id: (first result, result of the repeated submit)}."""
    changed_answer = sum(1 for first, again in resubmits.values() if first != again)
    changed_row = sum(1 for attempt_id in resubmits if before[attempt_id] != after[attempt_id])
    return {
        "resubmits": len(resubmits),
        "resubmit_answer_changed": changed_answer,
        "resubmit_row_changed": changed_row,
    }


def passed(check):
    failures = (
        check["lost"],
        check["altered"],
        check["wrong_score"],
        check["duplicated"],
        check["unexplained"],
        check["double_submits_failed"],
        check.get("resubmit_answer_changed", 0),
        check.get("resubmit_row_changed", 0),
        check["registered"] - check["registered_stored"],
    )
    return not any(failures)
