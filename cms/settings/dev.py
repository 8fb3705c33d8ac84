"""Local development: debug on, an insecure key that only works on this machine."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
PERSONAL_DATA_KEY = os.environ.get("PERSONAL_DATA_KEY", "dev-only-personal-data-key")
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Static files come straight from the apps through runserver; no collectstatic needed.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# Any local front-end may read the API during development.
CORS_ALLOW_ALL_ORIGINS = True
# A local push service (a fake one) may be reached over http.
WEBPUSH_ALLOW_HTTP = True
