"""A cursor whose statements PostgreSQL plans once per connection.

Django sends PostgreSQL its queries with their values written in (client-side binding),
so the server parses and plans each one again. For the statements of the busiest
requests (starting, saving and submitting contest attempts, hundreds a second when a
round opens) planning cost more than running: the start's read takes 0.75 ms to plan
and 0.45 ms to run. Through this cursor they are sent with their values apart, and
psycopg prepares each the first time a connection runs it
(``settings.DATABASE_PREPARED_STATEMENTS``), so later runs skip the planning.

Prepared statements live in the server's session: a pooler that hands one session's
statements to another connection (PgBouncer in transaction mode before 1.21) breaks
them. Turn them off there with ``DB_PREPARED_STATEMENTS=false``; the statements then
run unprepared through this cursor, as through any other.

Other databases get their usual cursor. Either way it is Django's cursor wrapper: the
statements are counted and logged like the ORM's.
"""

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.utils import CursorDebugWrapper


class ServerBoundDebugCursor(CursorDebugWrapper):
    """Logs each statement with its values written in, as Django logs its own: Django
    reads them back from the driver's cursor, which keeps them only when it binds them
    on the client."""

    def execute(self, sql, params=None):
        with self.debug_sql(self.db.ops.compose_sql(sql, params), params):
            return super(CursorDebugWrapper, self).execute(sql, params)


def cursor():
    """A cursor on the default database (use it as a context manager)."""
    # The connection once: each attribute read through ``django.db.connection`` looks
    # it up again.
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "postgresql" or not settings.DATABASE_PREPARED_STATEMENTS:
        return connection.cursor()
    from django.db.backends.postgresql.base import ServerBindingCursor

    # As Django's own cursor does: with CONN_HEALTH_CHECKS, a connection the database
    # dropped since the last request is replaced before this request's first statement.
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    raw = connection.connection
    # 0: prepared at the first run. Django's own cursors bind on the client and are
    # never prepared, whatever this says.
    raw.prepare_threshold = 0
    server_bound = ServerBindingCursor(raw)
    if connection.queries_logged:
        return ServerBoundDebugCursor(server_bound, connection)
    return connection.make_cursor(server_bound)
