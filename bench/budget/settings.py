"""Settings of the performance and accessibility budget: the benchmark's production
settings (``DEBUG`` off, whitenoise serving the collected static files) on plain HTTP
on loopback, with the media URLs of ``bench/budget/urls.py``.

The runner (``python -m bench.budget``) gives the server ``DATABASE_URL``,
``MEDIA_ROOT``, ``STATIC_ROOT`` and an empty ``DOCUMENTS_INTERNAL_URL`` (no nginx to
follow ``X-Accel-Redirect``: the app streams documents itself).
"""

from bench.settings import *  # noqa: F403

ROOT_URLCONF = "bench.budget.urls"
# Production sits behind TLS and asks browsers to upgrade http:// addresses; this server
# answers plain HTTP only, so an upgraded request for a picture would fail.
CONTENT_SECURITY_POLICY["DIRECTIVES"].pop("upgrade-insecure-requests", None)  # noqa: F405
