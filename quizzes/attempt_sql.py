"""The two statements of saving and submitting an attempt, in SQL: reading the
participant's attempt with what its round needs, and writing it only while unfinished.

They run on every save and submit, hundreds a second at a round's peak, and through the
ORM (``select_related`` of a Wagtail page with ``only``, then ``update``) compiling them
cost more CPU than running them. So each statement is written once per process from the
models' own table and column names, and values cross as the ORM would carry them:
parameters prepared by their fields, results turned into Python by the backend's and
the fields' converters (SQLite's dates, JSON, the stream field).

Reading checks with the same statement that the token the participant signed in with is
still theirs (``Participant.token_salt``), so a request signed with a token needs no
query of its own to find the participant.
"""

from functools import cache

from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import DEFERRED

from home import prepared_statements

from .models import Attempt, Participant, QuizPage

# Only names from the models' metadata, quoted, are put into these.
FIND = (
    "SELECT {columns} FROM {attempts} a "
    "JOIN {participants} p ON p.{participant_pk} = a.{participant} "
    "JOIN {rounds} r ON r.{round_pk} = a.{round} "
    "WHERE a.{attempt_pk} = %s AND a.{participant} = %s AND p.{token_salt} = %s"
)
UPDATE_UNFINISHED = (
    "UPDATE {attempts} SET {assignments} WHERE {attempt_pk} = %s AND {finished} IS NULL"
)


def find(attempt_id, participant, round_fields):
    """The attempt ``attempt_id`` of ``participant`` (a Participant, or anything with
    its ``pk`` and ``token_salt``), its ``quiz`` holding ``round_fields`` alone (any
    other field is loaded when first used); None if there is no such attempt or the
    participant's token has been revoked since."""
    with prepared_statements.cursor() as cursor:
        cursor.execute(
            _find_statement(tuple(round_fields)),
            [attempt_id, participant.pk, participant.token_salt],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    attempt_fields = Attempt._meta.concrete_fields
    attempt = instance_from_row(Attempt, attempt_fields, row[: len(attempt_fields)])
    fields = [QuizPage._meta.pk, *(QuizPage._meta.get_field(name) for name in round_fields)]
    attempt.quiz = instance_from_row(
        QuizPage, fields, [attempt.quiz_id, *row[len(attempt_fields) :]]
    )
    return attempt


def update_unfinished(attempt_id, values):
    """Write ``values`` ({field name: value}) to the attempt if it is not finished;
    whether it was (so of concurrent writers, one alone finishes it)."""
    fields = [Attempt._meta.get_field(name) for name in values]
    db = connections[DEFAULT_DB_ALIAS]  # once: each read through the proxy looks it up
    params = [field.get_db_prep_save(values[field.name], db) for field in fields]
    with prepared_statements.cursor() as cursor:
        cursor.execute(_update_statement(tuple(values)), [*params, attempt_id])
        return cursor.rowcount == 1


def instance_from_row(model, fields, values):
    """A ``model`` instance from a row's ``values`` for ``fields``, converted as the ORM
    converts them; fields not given are loaded when first used."""
    # The connection once: each attribute read through the proxy looks it up again.
    db = connections[DEFAULT_DB_ALIAS]
    row = [DEFERRED] * len(model._meta.concrete_fields)
    for value, (position, expression, converters) in zip(
        values, _plan(db.vendor, model, tuple(field.name for field in fields)), strict=True
    ):
        for converter in converters:
            value = converter(value, expression, db)
        row[position] = value
    return model.from_db(db.alias, None, row)


@cache
def _plan(vendor, model, names):
    """For each of ``model``'s fields ``names``: its place among the model's concrete
    fields (the order ``from_db`` takes), and the converters the ORM applies to its
    column on ``vendor``'s backend (the backend's and the field's own, often none)."""
    concrete = [field.name for field in model._meta.concrete_fields]
    plan = []
    for name in names:
        field = model._meta.get_field(name)
        expression = field.get_col(model._meta.db_table)
        converters = connection.ops.get_db_converters(expression)
        converters += field.get_db_converters(connection)
        plan.append((concrete.index(name), expression, converters))
    return plan


@cache
def _find_statement(round_fields):
    quote = connection.ops.quote_name
    columns = [f"a.{quote(field.column)}" for field in Attempt._meta.concrete_fields]
    columns += [f"r.{column(QuizPage, name)}" for name in round_fields]
    return FIND.format(
        columns=", ".join(columns),
        attempts=quote(Attempt._meta.db_table),
        participants=quote(Participant._meta.db_table),
        rounds=quote(QuizPage._meta.db_table),
        attempt_pk=quote(Attempt._meta.pk.column),
        participant=column(Attempt, "participant"),
        round=column(Attempt, "quiz"),
        participant_pk=quote(Participant._meta.pk.column),
        round_pk=quote(QuizPage._meta.pk.column),
        token_salt=column(Participant, "token_salt"),
    )


@cache
def _update_statement(names):
    quote = connection.ops.quote_name
    return UPDATE_UNFINISHED.format(
        attempts=quote(Attempt._meta.db_table),
        assignments=", ".join(f"{column(Attempt, name)} = %s" for name in names),
        attempt_pk=quote(Attempt._meta.pk.column),
        finished=column(Attempt, "finished_at"),
    )


def column(model, name):
    return connection.ops.quote_name(model._meta.get_field(name).column)
