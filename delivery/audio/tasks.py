"""Reading and joining audio take seconds to minutes: django-tasks tasks, run after the
commit with the immediate backend, by ``manage.py db_worker`` with the database backend."""

import logging
from functools import partial

from django_tasks import task

from django.db import transaction

from . import bulletins, reading
from .models import Bulletin

logger = logging.getLogger(__name__)


@task()
def read_page_aloud(page_pk, again=False):
    reading.read_aloud(page_pk, again=again)


@task()
def build_bulletin(bulletin_pk):
    bulletins.build(bulletin_pk)


def _enqueue(task_function, *args):
    try:
        task_function.enqueue(*args)
    except Exception:
        # The editor's save stands; the command (read_aloud, build_bulletin) can redo it.
        logger.exception("Could not queue %s%s", task_function.name, args)


def read_after_commit(page_pk, again=False):
    transaction.on_commit(partial(_enqueue, read_page_aloud, page_pk, again), robust=True)


def build_after_commit(bulletin_pk):
    Bulletin.objects.filter(pk=bulletin_pk).update(status=Bulletin.Status.WAITING, problem="")
    transaction.on_commit(partial(_enqueue, build_bulletin, bulletin_pk), robust=True)
