"""The statements of starting an attempt, in SQL: one read of everything a start
decides on, and inserts that give way to the unique constraints instead of failing.

When a round opens, thousands start within a minute. Through the ORM a start took
nine queries (the participant, the round and its view restrictions, the contest, its
eligible units, the entry, a row lock, the attempts, the insert) and savepoints around
the writes. Here a start that resumes the running attempt costs one statement, and a
first start two on PostgreSQL: the read, then the contest entry and the attempt in one
statement (``enter_and_insert``; elsewhere, two inserts in one transaction).

- ``read`` checks the participant's token (``Participant.token_salt``) and reads the
  round (live; public too, for the API), its contest's rules for entering, whether the
  participant entered it and may, how many attempts they have made and their latest.
- ``insert`` writes a row unless it would break a unique constraint, and says which:
  concurrent starts need no row lock, and a conflict costs no savepoint and no aborted
  transaction. The constraints are the rules: one entry per person and per CCCD in a
  contest, one attempt per number.

As in ``quizzes.attempt_sql``: written once per process from the models' metadata,
values through the fields' preparation and converters, compared with the ORM by a test.
"""

from dataclasses import dataclass
from functools import cache

from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction

from wagtail.models import Page, PageViewRestriction

from home import prepared_statements

from .attempt_sql import column, instance_from_row
from .models import Attempt, ContestEntry, ContestPage, Participant, QuizPage

# Only names from the models' metadata, quoted, are put into these.
READ = (
    "SELECT {columns} FROM {participants} p "
    "JOIN {rounds} r ON r.{round_pk} = %s "
    "JOIN {pages} rp ON rp.{page_pk} = r.{round_pk} "
    # The contest is the round's parent: the page whose path is the round's, less a step.
    "JOIN {pages} cp ON cp.{path} = SUBSTR(rp.{path}, 1, LENGTH(rp.{path}) - {steplen}) "
    "JOIN {contests} c ON c.{contest_pk} = cp.{page_pk} "
    # Their entry to the contest, by the unique index on (contest, participant): as a
    # join, never a scan of every entry, which an EXISTS may be planned as.
    "LEFT JOIN {entries} e ON e.{entry_contest} = c.{contest_pk} "
    "AND e.{entry_participant} = p.{participant_pk} "
    # Their latest attempt at the round, by the index on (round, participant, number): the
    # only one that can be unfinished, as a start finishes the earlier ones first.
    "LEFT JOIN {attempts} a ON a.{attempt_pk} = (SELECT l.{attempt_pk} FROM {attempts} l "
    "WHERE l.{attempt_round} = r.{round_pk} AND l.{attempt_participant} = p.{participant_pk} "
    "ORDER BY l.{number} DESC LIMIT 1) "
    "WHERE p.{participant_pk} = %s AND p.{token_salt} = %s AND rp.{live} = %s"
)
# Read beside the rows' columns: the participant's attempts at the round, whether they
# entered the contest, whether their unit may (a contest naming no unit takes all).
ATTEMPT_COUNT = (
    "(SELECT COUNT(*) FROM {attempts} n WHERE n.{attempt_round} = r.{round_pk} "
    "AND n.{attempt_participant} = p.{participant_pk})"
)
ENTERED = "e.{entry_pk} IS NOT NULL"
ELIGIBLE = (
    "(NOT EXISTS (SELECT 1 FROM {eligible} u WHERE u.{eligible_contest} = c.{contest_pk}) "
    "OR EXISTS (SELECT 1 FROM {eligible} u WHERE u.{eligible_contest} = c.{contest_pk} "
    "AND u.{eligible_unit} = p.{participant_unit}))"
)
# Public as Wagtail's ``PageQuerySet.public()``: under no view restriction of any kind.
PUBLIC = (
    " AND NOT EXISTS (SELECT 1 FROM {restrictions} v JOIN {pages} vp "
    "ON vp.{page_pk} = v.{restricted_page} "
    "WHERE SUBSTR(rp.{path}, 1, LENGTH(vp.{path})) = vp.{path})"
)
INSERT = (
    "INSERT INTO {table} ({columns}) VALUES ({placeholders}) ON CONFLICT DO NOTHING RETURNING {pk}"
)
# A first start on PostgreSQL: the entry, and the attempt only if the entry was made, in
# one statement, so one implicit transaction (no BEGIN and COMMIT round trips). Values
# selected rather than listed are cast to their columns' types.
ENTER_AND_INSERT = (
    "WITH e AS ({entry_insert}), "
    "a AS (INSERT INTO {table} ({columns}) SELECT {casts} FROM e "
    "ON CONFLICT DO NOTHING RETURNING {pk}) "
    "SELECT (SELECT {entry_pk} FROM e), (SELECT {pk} FROM a)"
)


@dataclass
class StartState:
    """What ``read`` found: the round (holding ``round_fields``), its contest's id and
    whether it requires a CCCD, the participant (with the fields asked for), how many
    attempts they have at the round, whether they entered the contest and whether their
    unit may, and their latest attempt at the round (with ``quiz`` set), or None."""

    quiz: QuizPage
    contest_id: int
    requires_cccd: bool
    participant: Participant
    attempt_count: int
    entered: bool
    eligible: bool
    latest: Attempt | None


def read(round_id, participant, round_fields, participant_fields, public_only):
    """The ``StartState`` of ``participant`` (anything with ``pk`` and ``token_salt``)
    at the live round ``round_id`` (public too, with ``public_only``), the round
    holding ``round_fields`` and the participant ``participant_fields`` (any other field
    is loaded when first used); None when there is no such round or the token has been
    revoked since."""
    round_fields, participant_fields = tuple(round_fields), tuple(participant_fields)
    with prepared_statements.cursor() as cursor:
        cursor.execute(
            _read_statement(round_fields, participant_fields, public_only),
            [round_id, participant.pk, participant.token_salt, True],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    fields = [QuizPage._meta.pk, *(QuizPage._meta.get_field(name) for name in round_fields)]
    quiz = instance_from_row(QuizPage, fields, [round_id, *row[: len(round_fields)]])
    at = len(round_fields)
    contest_id, requires_cccd = row[at], bool(row[at + 1])
    at += 2
    person_fields = [
        Participant._meta.pk,
        Participant._meta.get_field("token_salt"),
        *(Participant._meta.get_field(name) for name in participant_fields),
    ]
    person_values = [participant.pk, participant.token_salt]
    person_values += row[at : at + len(participant_fields)]
    person = instance_from_row(Participant, person_fields, person_values)
    at += len(participant_fields)
    attempt_count, entered, eligible = row[at], bool(row[at + 1]), bool(row[at + 2])
    at += 3
    latest = None
    if row[at] is not None:
        latest = instance_from_row(Attempt, Attempt._meta.concrete_fields, row[at:])
        latest.quiz = quiz
    return StartState(
        quiz, contest_id, requires_cccd, person, attempt_count, entered, eligible, latest
    )


def insert(instance):
    """Insert ``instance`` (a new row of a model with an automatic primary key), as
    ``save()`` would but without its signals, unless that would break a unique
    constraint; whether it was inserted (its ``pk`` is then set)."""
    with prepared_statements.cursor() as cursor:
        cursor.execute(_insert_statement(type(instance)), _insert_params(instance))
        row = cursor.fetchone()
    return _inserted(instance, row[0] if row else None)


def enter_and_insert(entry, attempt):
    """Insert the contest ``entry`` and, if it was inserted, the ``attempt``, together
    or not at all, each giving way to its unique constraints as ``insert`` does; whether
    each was inserted (their ``pk`` is then set)."""
    if connection.vendor != "postgresql":
        # No data-modifying WITH elsewhere: one transaction, and no savepoint, as
        # nothing in it raises but the database.
        with transaction.atomic(savepoint=False):
            entered = insert(entry)
            return entered, entered and insert(attempt)
    params = [*_insert_params(entry), *_insert_params(attempt)]
    with prepared_statements.cursor() as cursor:
        cursor.execute(_enter_and_insert_statement(type(entry), type(attempt)), params)
        entry_pk, attempt_pk = cursor.fetchone()
    return _inserted(entry, entry_pk), _inserted(attempt, attempt_pk)


def _insert_params(instance):
    db = connections[DEFAULT_DB_ALIAS]  # once: each read through the proxy looks it up
    return [
        field.get_db_prep_save(field.pre_save(instance, True), db)
        for field in _inserted_fields(type(instance))
    ]


def _inserted(instance, pk):
    if pk is None:
        return False
    instance.pk = pk
    instance._state.adding = False
    instance._state.db = connection.alias
    return True


@cache
def _inserted_fields(model):
    return tuple(field for field in model._meta.concrete_fields if field is not model._meta.pk)


@cache
def _read_statement(round_fields, participant_fields, public_only):
    quote = connection.ops.quote_name
    eligible = ContestPage._meta.get_field("eligible_units")
    names = {
        "pages": quote(Page._meta.db_table),
        "page_pk": quote(Page._meta.pk.column),
        "path": column(Page, "path"),
        "rounds": quote(QuizPage._meta.db_table),
        "round_pk": quote(QuizPage._meta.pk.column),
        "contests": quote(ContestPage._meta.db_table),
        "contest_pk": quote(ContestPage._meta.pk.column),
        "participants": quote(Participant._meta.db_table),
        "participant_pk": quote(Participant._meta.pk.column),
        "participant_unit": column(Participant, "unit"),
        "token_salt": column(Participant, "token_salt"),
        "attempts": quote(Attempt._meta.db_table),
        "attempt_round": column(Attempt, "quiz"),
        "attempt_participant": column(Attempt, "participant"),
        "attempt_pk": quote(Attempt._meta.pk.column),
        "number": column(Attempt, "number"),
        "entries": quote(ContestEntry._meta.db_table),
        "entry_contest": column(ContestEntry, "contest"),
        "entry_participant": column(ContestEntry, "participant"),
        "entry_pk": quote(ContestEntry._meta.pk.column),
        "eligible": quote(eligible.remote_field.through._meta.db_table),
        "eligible_contest": quote(eligible.m2m_column_name()),
        "eligible_unit": quote(eligible.m2m_reverse_name()),
        "live": column(Page, "live"),
        "steplen": int(Page.steplen),
        "restrictions": quote(PageViewRestriction._meta.db_table),
        "restricted_page": column(PageViewRestriction, "page"),
    }
    columns = [
        *(f"r.{column(QuizPage, name)}" for name in round_fields),
        f"c.{names['contest_pk']}",
        f"c.{column(ContestPage, 'requires_cccd')}",
        *(f"p.{column(Participant, name)}" for name in participant_fields),
        ATTEMPT_COUNT.format(**names),
        ENTERED.format(**names),
        ELIGIBLE.format(**names),
        *(f"a.{quote(field.column)}" for field in Attempt._meta.concrete_fields),
    ]
    statement = READ.format(columns=", ".join(columns), **names)
    return statement + PUBLIC.format(**names) if public_only else statement


@cache
def _insert_statement(model):
    quote = connection.ops.quote_name
    fields = _inserted_fields(model)
    return INSERT.format(
        table=quote(model._meta.db_table),
        columns=", ".join(quote(field.column) for field in fields),
        placeholders=", ".join(["%s"] * len(fields)),
        pk=quote(model._meta.pk.column),
    )


@cache
def _enter_and_insert_statement(entry_model, model):
    quote = connection.ops.quote_name
    fields = _inserted_fields(model)
    return ENTER_AND_INSERT.format(
        entry_insert=_insert_statement(entry_model),
        entry_pk=quote(entry_model._meta.pk.column),
        table=quote(model._meta.db_table),
        columns=", ".join(quote(field.column) for field in fields),
        casts=", ".join(f"CAST(%s AS {field.cast_db_type(connection)})" for field in fields),
        pk=quote(model._meta.pk.column),
    )
