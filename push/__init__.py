"""Web Push reminders: a citizen's device follows a contest, a question or an exchange,
and hears when a round opens, the answer comes or the exchange starts (docs/push.md).

The apps above register what may be followed (``push.topics``) and call ``push.notify``;
this app stores the devices, sends through their browsers' push services in background
tasks, and forgets a device its push service says is gone.
"""


def notify(kind, object_id, message):
    """Send ``message`` to every device following ``kind`` ``object_id``
    (``push.sending.notify``)."""
    from .sending import notify as record_and_send

    return record_and_send(kind, object_id, message)
