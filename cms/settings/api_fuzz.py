"""The development settings with DEBUG off, so that errors are answered as production
answers them (Django's error views, no debug pages). ``make test-api-fuzz`` serves a
fresh demo database with them under gunicorn and runs schemathesis against ``/api/``."""

from .dev import *  # noqa: F403

DEBUG = False
