"""Notices to devices go out as background tasks: at once with the immediate backend, by
``manage.py db_worker`` with the database backend."""

from django_tasks import task


@task()
def send_delivery(delivery_id):
    """Send a recorded notice (``push.sending``)."""
    from .sending import deliver

    return deliver(delivery_id)
