"""Notices to askers go out as background tasks: at once with the immediate backend, by
``manage.py db_worker`` with the database backend."""

from django_tasks import task


@task()
def send_notification(notification_id):
    """Send a recorded notice (``qa.notifications``)."""
    from .notifications import deliver

    return deliver(notification_id)
