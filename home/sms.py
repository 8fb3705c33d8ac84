"""Text messages (SMS) to mobile phones, through a backend chosen by
``settings.SMS_BACKEND``, as Django sends email through ``EMAIL_BACKEND``:

- ``home.sms.ConsoleBackend`` (the default): prints each message, for development;
- ``home.sms.LocmemBackend``: keeps them in ``home.sms.outbox``, for tests;
- ``home.sms.FileBackend``: writes each to its own file in ``settings.SMS_FILE_PATH``,
  for load tests and for trying the site without a phone.

A deployment sends through its SMS provider with a backend of its own: a class with
``send_messages(messages)`` that raises ``SmsNotSent`` when the provider refuses or
does not answer.
"""

import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core import checks
from django.utils import timezone
from django.utils.module_loading import import_string

# What LocmemBackend sent, oldest first.
outbox = []


class SmsNotSent(Exception):
    """The message could not be handed to the provider."""


@dataclass(frozen=True)
class SmsMessage:
    to: str
    body: str


def send_sms(to, body):
    import_string(settings.SMS_BACKEND)().send_messages([SmsMessage(to, body)])


@checks.register(checks.Tags.compatibility, deploy=True)
def check_backend(app_configs, **kwargs):
    """``manage.py check --deploy``: codes printed to the log reach no phone."""
    if settings.SMS_BACKEND in ("home.sms.ConsoleBackend", "home.sms.LocmemBackend"):
        return [
            checks.Warning(
                f"SMS_BACKEND is {settings.SMS_BACKEND}: verification codes reach no phone, "
                "so participants cannot register or reset their password.",
                hint="Set SMS_BACKEND to your SMS provider's backend (docs/operations.md).",
                id="home.W001",
            )
        ]
    return []


class ConsoleBackend:
    def __init__(self, stream=None):
        self.stream = stream or sys.stdout

    def send_messages(self, messages):
        for message in messages:
            self.stream.write(f"SMS to {message.to}: {message.body}\n")
        self.stream.flush()


class LocmemBackend:
    def send_messages(self, messages):
        outbox.extend(messages)


class FileBackend:
    """One file per message, ``<UTC time>-<random>.sms``, holding ``To: <phone>``, a
    blank line and the text: several processes can write at once, and a reader sees
    each message whole once its file has its final name."""

    def __init__(self):
        self.folder = Path(settings.SMS_FILE_PATH)

    def send_messages(self, messages):
        self.folder.mkdir(parents=True, exist_ok=True)
        for message in messages:
            name = f"{timezone.now():%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex}"
            draft = self.folder / f".{name}.tmp"
            draft.write_text(f"To: {message.to}\n\n{message.body}\n", encoding="utf-8")
            draft.rename(self.folder / f"{name}.sms")
