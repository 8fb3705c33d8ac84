"""The contest's busiest statements go through ``home.prepared_statements``: on
PostgreSQL prepared once per connection (unless turned off for a pooler), counted and
logged like the ORM's everywhere."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home import prepared_statements

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="prepared statements are PostgreSQL's"
)
STATEMENT = "SELECT CAST(%s AS integer) + 1"


def prepared():
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


def run(value):
    with prepared_statements.cursor() as cursor:
        cursor.execute(STATEMENT, [value])
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_statements_are_counted_like_the_orms():
    with CaptureQueriesContext(connection) as queries:
        assert run(41) == 42
    assert [query["sql"] for query in queries] == [STATEMENT % "41"]


@on_postgresql
@pytest.mark.django_db
def test_a_statement_is_prepared_at_its_first_run_and_reused(settings):
    settings.DATABASE_PREPARED_STATEMENTS = True
    assert (run(1), run(2)) == (2, 3)
    assert prepared().count("SELECT CAST($1 AS integer) + 1") == 1


@on_postgresql
@pytest.mark.django_db
def test_nothing_is_prepared_when_turned_off_for_a_pooler(settings):
    settings.DATABASE_PREPARED_STATEMENTS = False
    assert (run(1), run(2)) == (2, 3)
    assert not [statement for statement in prepared() if "integer + 1" in statement]
