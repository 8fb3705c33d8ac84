"""``manage.py check --deploy``: push reminders need the VAPID pair and a subject."""

from django.conf import settings
from django.core import checks

from . import keys


@checks.register(checks.Tags.compatibility, deploy=True)
def check_vapid_keys(app_configs, **kwargs):
    if not keys.enabled():
        return [
            checks.Warning(
                "WEBPUSH_VAPID_PUBLIC_KEY, WEBPUSH_VAPID_PRIVATE_KEY or WEBPUSH_VAPID_SUBJECT is "
                "not set: citizens are not offered reminders on their phones, and none is sent.",
                hint="Run `manage.py generate_vapid_keys` and set its output in the environment, "
                "with WEBPUSH_VAPID_SUBJECT=mailto:<the department's address> (docs/push.md).",
                id="push.W001",
            )
        ]
    try:
        matches = keys.public_key_of(settings.WEBPUSH_VAPID_PRIVATE_KEY) == (
            settings.WEBPUSH_VAPID_PUBLIC_KEY
        )
    except Exception:  # a key that does not even decode
        matches = False
    if not settings.WEBPUSH_VAPID_SUBJECT.startswith(("mailto:", "https:")):
        return [
            checks.Error(
                "WEBPUSH_VAPID_SUBJECT must start with mailto: or https: (RFC 8292): no notice "
                "can be signed without it.",
                hint="For example WEBPUSH_VAPID_SUBJECT=mailto:<the department's address>.",
                id="push.E002",
            )
        ]
    if not matches:
        return [
            checks.Error(
                "WEBPUSH_VAPID_PUBLIC_KEY is not the public half of WEBPUSH_VAPID_PRIVATE_KEY: "
                "push services would refuse every notice.",
                hint="Set both from one run of `manage.py generate_vapid_keys`.",
                id="push.E001",
            )
        ]
    return []
