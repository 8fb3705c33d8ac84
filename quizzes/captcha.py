"""django-simple-captcha's "new image" button on the registration pages, counted
against the contests' "captcha" limit (``home.captcha``)."""

from captcha.views import captcha_refresh

from home.captcha import limit_challenges

from .limits import CONTEST_LIMITS

refresh = limit_challenges(captcha_refresh, CONTEST_LIMITS)
