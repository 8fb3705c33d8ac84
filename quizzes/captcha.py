"""The registration CAPTCHA, for the API and the contest pages alike: a challenge is a
key whose image (``/captcha/image/<key>/``) shows letters drawn on this server by
django-simple-captcha; it can be answered once, within ``CAPTCHA_TIMEOUT`` minutes.

Each new challenge is a database row, so handing them out is rate limited per client
address (the ``captcha`` action of ``CONTEST_RATE_LIMITS``), and ``manage.py
captcha_clean``, run by the scheduler, deletes the expired ones.
"""

from functools import wraps

from captcha.helpers import captcha_image_url
from captcha.models import CaptchaStore
from captcha.views import captcha_refresh

from django.http import JsonResponse
from django.utils import timezone

from .limits import allow, retry_after

TOO_MANY_CHALLENGES = "Quá nhiều yêu cầu mã xác nhận; hãy thử lại sau ít phút."


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


def limit_challenges(view):
    """``view``, answering 429 with Retry-After instead once the client's address has had
    its share of new challenges."""

    @wraps(view)
    def limited(request, *args, **kwargs):
        if not allow(request, "captcha"):
            response = JsonResponse({"detail": TOO_MANY_CHALLENGES}, status=429)
            response["Retry-After"] = str(retry_after("captcha", "ip"))
            return response
        return view(request, *args, **kwargs)

    return limited


# django-simple-captcha's "new image" button on the registration page.
refresh = limit_challenges(captcha_refresh)
