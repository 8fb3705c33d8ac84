"""The answer while the database is out of reach (a restart, a failover, a dropped
connection): 503 with ``Retry-After`` rather than a 500, so that the contest pages, the
apps and proxies know to try again and nothing mistakes the outage for a bug.

Nothing is half-written by such a failure: every write of more than one statement runs
in a transaction, which the database rolls back with the connection. Django closes a
connection that failed at the end of the request, and checks a kept connection before
its next use (``CONN_HEALTH_CHECKS``), so the first request after the database is back
gets a new one.
"""

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
    """Answers a view's lost database with ``database_unavailable``; a failure outside
    the views (a session saved after one) reaches ``cms.views.server_error``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return database_unavailable(request) if lost_database(exception) else None
