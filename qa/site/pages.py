"""What the asking and tracking pages share: how they render under the Q&A section, the
session keys that let an asker come back to their question without its code in an
address, and the limit on CAPTCHA challenges."""

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from wagtail.models import Locale

from home.captcha import CHALLENGE_ACTION, TOO_MANY_CHALLENGES, challenge_allowed

from ..asking import QA_LIMITS
from ..models import QAIndexPage

# The tracking code of the question this browser follows (after asking it, or after a
# look-up): reloads and the reply form work from it, never from an address.
TRACKED = "qa_tracking_code"
# The code of the question just asked, and whether it had been sent before, for the
# thank-you page.
JUST_ASKED = "qa_just_asked"
JUST_RESENT = "qa_just_resent"
# Published answers and articles like the question being typed (qa/ask.js).
SUGGESTIONS_URL = "/api/qa/suggestions"


def live_qa_index():
    """The Q&A section in the default language, or None: where the embedded form and
    the API send askers to follow their question."""
    return (
        QAIndexPage.objects.live()
        .public()
        .filter(locale=Locale.get_default())
        .order_by("path")
        .first()
    )


def urls(index):
    """The addresses of the asking and tracking pages of ``index``."""
    return {
        "ask_url": index.url + index.reverse_subpage("ask_route"),
        "track_url": index.url + index.reverse_subpage("track_route"),
    }


def render(index, request, template, context, status=200):
    """``template`` under the Q&A section ``index``; never cached anywhere, since it
    holds a CSRF token, a CAPTCHA challenge or an asker's question."""
    full = {
        "page": index,
        "self": index,
        "suggestions_url": SUGGESTIONS_URL,
        **urls(index),
        **context,
    }
    response = TemplateResponse(request, template, full, status=status)
    add_never_cache_headers(response)
    return response


def no_challenge_left(index, request):
    """The 429 page once the client's address has drawn its share of CAPTCHA challenges
    (each is a database row); None otherwise."""
    if challenge_allowed(request, QA_LIMITS):
        return None
    response = render(
        index, request, "qa/too_many.html", {"refusal": TOO_MANY_CHALLENGES}, status=429
    )
    response["Retry-After"] = str(QA_LIMITS.seconds_left(CHALLENGE_ACTION, "ip"))
    return response
