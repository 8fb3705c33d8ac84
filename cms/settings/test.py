"""Test settings: fast, isolated, offline."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105 (tests only)
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PERSONAL_DATA_KEY = "test-only-personal-data-key"  # noqa: S105 (tests only)
# Fast; the tests of hashing itself set the production list (cms.settings.base).
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if not os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.wagtail_database_backend"}}
# The public search runs on the test database too, even with ELASTICSEARCH_URL exported.
SEARCH_ELASTICSEARCH = None
# Nothing is read aloud unless a test asks for the speech engine.
AUDIO_TTS_ENGINE = ""
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="pbgdpl-test-media-"))  # noqa: F405
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="pbgdpl-test-static-"))  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SMS_BACKEND = "home.sms.LocmemBackend"
# No test may reach the network: embeds come from a finder that answers from memory.
WAGTAILEMBEDS_FINDERS = [{"class": "tests.offline_embeds"}]
# Responses are kept server-side only in the tests that ask for it: the content version
# moves when a transaction commits, which most tests never do.
PUBLIC_CACHE_SERVER_SECONDS = 0
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# Push is on, with a pair made for the tests; the fake push service runs on this machine
# over http (tests/push/fake_push_service.py).
WEBPUSH_VAPID_PRIVATE_KEY = "2Qr8gCd1mdGi-1ccI07qHB3c49-Vb2oUfOsh8Oy6fZ4"  # noqa: S105 (tests only)
WEBPUSH_VAPID_PUBLIC_KEY = (
    "BIhXOmuE22sqh4Cx0CtyENl1VH4MjJcgFW-yklXzYKkhVCt-xiMtVhpaoagJyhoxRYs3Cw4jBxgcV03QUiHvRaU"
)
WEBPUSH_VAPID_SUBJECT = "mailto:stp@quangninh.gov.vn"
WEBPUSH_ALLOW_HTTP = True
WEBPUSH_ALLOWED_INTERNAL_HOSTS = ["127.0.0.1", "localhost"]
