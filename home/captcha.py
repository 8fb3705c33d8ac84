"""The CAPTCHA of the public forms and APIs (contest registration, legal questions): a
challenge is a key whose image (``/captcha/image/<key>/``) shows letters drawn on this
server by django-simple-captcha; it can be answered once, within ``CAPTCHA_TIMEOUT``
minutes.

Each new challenge is a database row, so handing them out is rate limited per client
address (each app's "captcha" action, ``limit_challenges``), and ``manage.py
captcha_clean``, run by the scheduler, deletes the expired ones.
"""

import re
from functools import wraps

from captcha.fields import CaptchaField, CaptchaTextInput
from captcha.helpers import captcha_image_url
from captcha.models import CaptchaStore

from django import forms
from django.http import JsonResponse
from django.utils import timezone

from .rate_limits import address_counted

TOO_MANY_CHALLENGES = "Quá nhiều yêu cầu mã xác nhận; hãy thử lại sau ít phút."
CHALLENGE_ACTION = "captcha"
# What django-simple-captcha's keys look like (a SHA-1 in hex). Anything else is refused
# before it reaches the database, which may not even accept it (PostgreSQL refuses NUL).
_KEY = re.compile(r"[0-9a-f]{40}")


def well_formed(key):
    return isinstance(key, str) and _KEY.fullmatch(key) is not None


def new_challenge():
    """(key, image path) of a new challenge."""
    key = CaptchaStore.generate_key()
    return key, captcha_image_url(key)


def solved(key, answer):
    """Whether ``answer`` is the challenge's; the challenge is used up either way."""
    if not well_formed(key):
        return False
    challenge = CaptchaStore.objects.filter(hashkey=key).first()
    if challenge is None:
        return False
    challenge.delete()
    expected = challenge.response
    return challenge.expiration > timezone.now() and (answer or "").strip().lower() == expected


class ChallengeInput(CaptchaTextInput):
    """The picture with a Vietnamese description, then the box. The template is the
    app's: forms render with Django's form renderer, which does not read the project's
    template folder."""

    template_name = "home/widgets/challenge.html"


class ChallengeField(CaptchaField):
    """django-simple-captcha's form field (image, hidden key, box to type in), refusing a
    malformed key with the field's own message instead of querying for it."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", ChallengeInput())
        super().__init__(*args, **kwargs)

    def clean(self, value):
        if value and value[0] and not well_formed(value[0]):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().clean(value)


def challenge_allowed(request, limits):
    """Count one new challenge for the request's address against ``limits``' "captcha"
    action; False once the address has had its share."""
    return limits.hit(CHALLENGE_ACTION, "ip", address_counted(request))


def limit_challenges(view, limits):
    """``view``, answering 429 with Retry-After instead once the client's address has had
    its share of new challenges under ``limits`` (a ``home.rate_limits.RateLimits``)."""

    @wraps(view)
    def limited(request, *args, **kwargs):
        if not challenge_allowed(request, limits):
            response = JsonResponse({"detail": TOO_MANY_CHALLENGES}, status=429)
            response["Retry-After"] = str(limits.retry_after(CHALLENGE_ACTION, "ip"))
            return response
        return view(request, *args, **kwargs)

    return limited
