"""Reminder emails go out as background tasks: at once with the immediate backend, by
``manage.py db_worker`` with the database backend."""

from django_tasks import task


@task()
def send_reminder(reminder_id, addresses):
    """The email of a recorded reminder (``reports.reminders``)."""
    from .reminders import deliver

    return deliver(reminder_id, addresses)
