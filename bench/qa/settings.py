"""Settings of the Q&A suggestions benchmark: the benchmark's production settings
(``DEBUG`` off) with the naive baseline's URL, and background tasks dropped, so that
the import does not index suggestions on its way: ``rebuild_qa_suggestions`` does it,
timed."""

from bench.settings import *  # noqa: F403

ROOT_URLCONF = "bench.qa.urls"
TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
