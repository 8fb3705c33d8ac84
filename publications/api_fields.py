"""How the content API (Wagtail API v2) shows the channel's broadcasts."""

from rest_framework import serializers

from django.utils import timezone


def broadcast_representation(broadcast):
    return {
        "id": broadcast.pk,
        "topic": broadcast.topic,
        "description": broadcast.description,
        "starts_at": timezone.localtime(broadcast.starts_at).isoformat(),
        "ends_at": timezone.localtime(broadcast.ends_at).isoformat(),
        "state": broadcast.state,
        "live_url": broadcast.live_url,
        "programme": {"id": broadcast.programme_id, "title": broadcast.programme.title},
        "guests": [
            {"name": guest.name, "position": guest.position} for guest in broadcast.guests.all()
        ],
    }


class BroadcastField(serializers.Field):
    """A broadcast (or a list of them with ``many=True``) with its guests; null when
    there is none."""

    def __init__(self, many=False, **kwargs):
        self.many = many
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        if self.many:
            return [broadcast_representation(broadcast) for broadcast in value]
        return broadcast_representation(value)
