"""The answer while the database is out of reach (a restart, a failover, a dropped
connection): 503 with ``Retry-After`` rather than a 500, so that the contest pages, the
apps and proxies know to try again and nothing mistakes the outage for a bug.

Nothing is half-written by such a failure: every write of more than one statement runs
in a transaction, which the database rolls back with the connection. Django closes a
connection that failed at the end of the request, and checks a kept connection before
its next use (``CONN_HEALTH_CHECKS``), so the first request after the database is back
gets a new one.
"""

import sys

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

# Long enough for a database restart, short enough that a participant's retry comes
# soon after it.
RETRY_AFTER_SECONDS = 5
# PostgreSQL's SQLSTATEs of a server shutting down or not yet accepting connections;
# the "08" class is connection failures. A driver's own connection failures (refused,
# closed by the server) carry no SQLSTATE.
SHUTDOWN_SQLSTATES = {"57P01", "57P02", "57P03"}
API_MESSAGE = "Hệ thống đang tạm gián đoạn; hãy thử lại sau ít giây."
# Set on a request whose failure outside the views was a lost database.
LOST_DATABASE = "lost_database"


def lost_database(error):
    """Whether ``error`` says the database cannot be reached, rather than that a query
    is wrong: an ``InterfaceError`` (a closed connection), or an ``OperationalError``
    from PostgreSQL's driver about the connection or a server shutdown."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    # psycopg's errors carry ``sqlstate``; other drivers' (SQLite's "no such table")
    # do not, and are not outages.
    sqlstate = getattr(error.__cause__, "sqlstate", "")
    return sqlstate is None or sqlstate.startswith("08") or sqlstate in SHUTDOWN_SQLSTATES


def database_unavailable(request):
    """503 with Retry-After: JSON under /api/, a short page in Vietnamese elsewhere."""
    if request.path_info.startswith("/api/"):
        response = JsonResponse({"detail": API_MESSAGE}, status=503)
    else:
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


class DatabaseOutageMiddleware:
    """Answers a lost database with ``database_unavailable``: a view's directly; a
    middleware's below this one (Wagtail's redirects, looked up after every 404), which
    Django has already turned into a 500 by the time it gets here, by replacing that
    500."""

    def __init__(self, get_response):
        self.get_response = get_response
        got_request_exception.connect(_note_lost_database, dispatch_uid=__name__)

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, LOST_DATABASE, False):
            return database_unavailable(request)
        return response

    def process_exception(self, request, exception):
        return database_unavailable(request) if lost_database(exception) else None


def _note_lost_database(sender, request=None, **kwargs):
    # Sent while Django handles the exception, which is still the one being handled.
    if request is not None and lost_database(sys.exc_info()[1]):
        setattr(request, LOST_DATABASE, True)
