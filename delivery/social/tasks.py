"""Posting and removal run as django-tasks tasks, as webhook deliveries do: in the
request after the commit with the immediate backend, by ``manage.py db_worker`` with
the database backend. ``manage.py post_social`` on a timer sends what is due (scheduled
posts, retries the backend could not defer)."""

import logging

from django_tasks import task

from . import posting

logger = logging.getLogger(__name__)


@task()
def post_to_network(post_pk):
    send(post_pk)


@task()
def remove_from_network(post_pk):
    posting.remove(post_pk)


def send(post_pk):
    retry_at = posting.attempt(post_pk)
    if retry_at and post_to_network.get_backend().supports_defer:
        post_to_network.using(run_after=retry_at).enqueue(post_pk)


def enqueue(post_pks):
    for post_pk in post_pks:
        try:
            post_to_network.enqueue(post_pk)
        except Exception:
            # The post is saved and due: post_social will send it.
            logger.exception("Could not queue social post %s", post_pk)


def enqueue_removal(post_pks):
    for post_pk in post_pks:
        remove_from_network.enqueue(post_pk)


def send_due():
    """Attempt every due post in this process. Returns how many were attempted."""
    post_pks = list(posting.due_posts().values_list("pk", flat=True))
    for post_pk in post_pks:
        try:
            send(post_pk)
        except Exception:
            logger.exception("Social post %s failed unexpectedly", post_pk)
    return len(post_pks)
