"""While the database is out of reach every request gets 503 with Retry-After (JSON under
/api/, a short page in Vietnamese elsewhere), never a 500; other database errors stay
500s."""

import sqlite3

import psycopg
import pytest
from psycopg import errors

from django.db import InterfaceError, connection
from django.test import Client

from tests.outages import database_lost

pytestmark = pytest.mark.django_db

OUTAGES = {
    "closed by the server": lambda: psycopg.OperationalError(
        "consuming input failed: server closed the connection unexpectedly"
    ),
    "refused": lambda: psycopg.OperationalError(
        'connection failed: connection to server at "127.0.0.1", port 5432 failed: '
        "Connection refused"
    ),
    "shut down by its administrator": lambda: errors.AdminShutdown(
        "terminating connection due to administrator command"
    ),
    "starting up": lambda: errors.CannotConnectNow("the database system is starting up"),
    "already closed": lambda: InterfaceError("connection already closed"),
}


@pytest.fixture
def browser():
    """A client that gets the server's answer to an error, as a browser does."""
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("cause", OUTAGES.values(), ids=OUTAGES.keys())
def test_the_api_answers_503_with_retry_after(browser, justice_section, cause):
    with database_lost(cause=cause):
        content_api = browser.get("/api/v2/pages/")
        project_api = browser.get("/api/taxonomy/units")
    for response in (content_api, project_api):
        assert response.status_code == 503
        assert response["Retry-After"] == "5"
        assert "no-cache" in response["Cache-Control"]
        assert response.json() == {
            "detail": "Hệ thống đang tạm gián đoạn; hãy thử lại sau ít giây."
        }


def test_a_page_answers_503_in_vietnamese(browser, justice_section):
    with database_lost():
        response = browser.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response["Content-Type"].startswith("text/html")
    assert "Hệ thống đang tạm gián đoạn" in response.content.decode()


def test_a_failure_outside_the_views_gets_503_too(browser, justice_section):
    # No route matches (not even Wagtail's pages, which end in a slash), so no view asks
    # the database; Wagtail's redirects, looked up for every 404, are the first to.
    with database_lost():
        response = browser.get("/api/khong-co.json")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response.json()["detail"].startswith("Hệ thống đang tạm gián đoạn")


@pytest.mark.parametrize(
    "cause",
    [
        lambda: errors.DiskFull("could not extend file: No space left on device"),
        lambda: sqlite3.OperationalError("no such table: home_unit"),
    ],
    ids=["disk full", "missing table"],
)
def test_other_database_errors_are_not_taken_for_an_outage(browser, justice_section, cause):
    with database_lost(cause=cause):
        response = browser.get("/api/taxonomy/units")
    assert response.status_code == 500


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a server to drop the connection")
def test_a_connection_the_database_dropped_between_requests_is_replaced():
    kept = connection.copy()  # a connection of its own, outside the test's transaction
    try:
        kept.ensure_connection()
        pid = kept.connection.info.backend_pid
        with kept.get_new_connection(kept.get_connection_params()) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        kept.close_if_unusable_or_obsolete()  # as every request begins
        with kept.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            assert cursor.fetchone()[0] != pid
    finally:
        kept.close()
