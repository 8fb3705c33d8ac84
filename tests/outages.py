"""Outages as the tests make them: a Redis nobody listens on, and a database connection
that the server drops in the middle of a request."""

import contextlib
import socket

import psycopg

from django.db import Error, OperationalError, connection


def unreachable_redis(prefix="outage"):
    """A ``CACHES`` setting as production's, on a port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return {
        "default": {
            "BACKEND": "home.redis_cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        }
    }


def server_closed_connection():
    """What psycopg raises when PostgreSQL goes away mid-query (no SQLSTATE)."""
    return psycopg.OperationalError(
        "consuming input failed: server closed the connection unexpectedly"
    )


@contextlib.contextmanager
def database_lost(when=lambda sql: True, cause=server_closed_connection):
    """Every statement for which ``when(sql)`` holds fails as Django reports a lost
    connection: its ``OperationalError`` caused by the driver's ``cause()`` (or
    ``cause()`` itself when it is one of Django's database errors)."""

    def fail(execute, sql, params, many, context):
        if when(sql):
            error = cause()
            raise (error if isinstance(error, Error) else _wrapped(error))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(fail):
        yield


def _wrapped(driver_error):
    error = OperationalError(*driver_error.args)
    error.__cause__ = driver_error
    return error
