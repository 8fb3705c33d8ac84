"""Production settings for the benchmark's own server: plain HTTP on loopback.

The driver (``bench.run_api``) gives every process it starts ``DATABASE_URL``,
``MEDIA_ROOT`` and, when Redis answers, ``REDIS_URL`` (a database of its own that it
flushes between measurements).
"""

import os

# production.py refuses to start without a key and host names; this server only ever
# answers on loopback and holds throwaway data.
os.environ["SECRET_KEY"] = "bench-throwaway-key"  # noqa: S105
os.environ["ALLOWED_HOSTS"] = "127.0.0.1,localhost"

from cms.settings.production import *  # noqa: E402, F403

ROOT_URLCONF = "bench.urls"
# No TLS-terminating proxy in front of the benchmark's server.
SECURE_SSL_REDIRECT = False
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Wagtail logs every page the content builder creates and publishes.
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
