"""Settings of the statistics benchmark: the benchmark's production settings (``DEBUG``
off), with static files served from the apps' folders, so that the admin pages render
without a ``collectstatic`` run first (the manifest storage needs one)."""

from bench.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
