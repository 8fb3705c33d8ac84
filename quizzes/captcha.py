"""The registration CAPTCHA, for the API and the contest pages alike: a challenge is a
key whose image (``/captcha/image/<key>/``) shows letters drawn on this server by
django-simple-captcha; it can be answered once, within ``CAPTCHA_TIMEOUT`` minutes."""

from captcha.helpers import captcha_image_url
from captcha.models import CaptchaStore

from django.utils import timezone


def new_challenge():
    """(key, image path) of a new challenge."""
    key = CaptchaStore.generate_key()
    return key, captcha_image_url(key)


def solved(key, answer):
    """Whether ``answer`` is the challenge's; the challenge is used up either way."""
    challenge = CaptchaStore.objects.filter(hashkey=key or "").first()
    if challenge is None:
        return False
    challenge.delete()
    expected = challenge.response
    return challenge.expiration > timezone.now() and (answer or "").strip().lower() == expected
