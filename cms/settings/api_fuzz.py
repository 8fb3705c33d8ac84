"""The site as production answers errors (DEBUG off: Django's error views, no debug
pages), over plain HTTP on this machine. ``make test-api-fuzz`` serves a fresh demo
database with these settings under gunicorn and runs schemathesis against ``/api/``."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "api-fuzz-only-key-never-use-in-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
# No collectstatic: the API renders no static files.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
