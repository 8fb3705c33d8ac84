"""The kinds of thing a device may follow, registered by the apps that own them.

``push`` sits below ``quizzes`` and ``qa`` and never imports them: each tells it, in its
``AppConfig.ready()``, what a kind is called, who may follow one of its objects, and
(optionally) which reminders fall due at a given time::

    topics.register("exchange", "Buổi giao lưu trực tuyến", may_follow=..., due=...)

``may_follow(request, object_id)`` returns None when this visitor may follow the object
and raises ``NotFollowable`` otherwise. ``due(now)`` yields ``Reminder``s: each is sent
once (``send_push_reminders`` records its occasion).
"""

from dataclasses import dataclass

KIND_MAX_LENGTH = 40


class NotFollowable(Exception):
    """The object cannot be followed by this visitor; ``message`` says why in
    Vietnamese, ``status`` is 404 (no such object) or 403 (not theirs to follow)."""

    def __init__(self, message, status=404):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass(frozen=True)
class Message:
    """What a notice says. ``tag`` lets a newer notice replace an older one on the phone;
    ``ttl`` is how long the push service keeps it for a phone that is offline."""

    title: str
    body: str
    url: str
    tag: str
    urgency: str = "normal"
    ttl: int = 24 * 3600


@dataclass(frozen=True)
class Reminder:
    object_id: int
    occasion: str
    message: Message


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    may_follow: object
    due: object = None


_kinds = {}


def register(name, label, may_follow, due=None):
    if len(name) > KIND_MAX_LENGTH:
        raise ValueError(f"A push topic kind is at most {KIND_MAX_LENGTH} characters: {name}")
    _kinds[name] = Kind(name=name, label=label, may_follow=may_follow, due=due)


def get(name):
    return _kinds.get(name)


def kinds():
    return list(_kinds.values())
