"""``/embed/hoi-dap/``: the form to ask a legal question, for a commune's or department's
own site to frame (docs/embeds.md). ``?unit=<slug>`` names the unit whose site it is:
the question records it (and a commune as the asker's locality, unless they choose
another), and its channel is ``embed``.

The checks are the portal form's (``qa.asking``). The view is exempt from CSRF checks:
browsers do not send the portal's cookies to a frame inside another site, so the CSRF
cookie would never come back. Nothing is forged by skipping it: the form acts for no
signed-in person, and each question needs a CAPTCHA answered once, within the same
rate limits. No session is kept either: the thank-you page is the answer to the POST,
and sending it again returns the same question (``qa.duplicates.resent_question``).
"""

import re

from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.models import Site

from home.captcha import CHALLENGE_ACTION, TOO_MANY_CHALLENGES, challenge_allowed
from home.models import Unit
from qa.asking import QA_LIMITS, PageQuestionForm, TooMany, ask
from qa.models import Question
from qa.site.pages import SUGGESTIONS_URL, live_qa_index, urls
from qa.tracking import masked_contact

from .framing import frameable
from .pages import site_name

TEMPLATE = "embeds/ask.html"
SLUG = re.compile(r"[-\w]+")


@require_http_methods(["GET", "HEAD", "POST"])
@csrf_exempt
@frameable
def ask_question(request):
    index = live_qa_index()
    context = {
        "site_name": site_name(Site.find_for_request(request)),
        "suggestions_url": SUGGESTIONS_URL,
    }
    if index is None:
        return _private(render(request, "embeds/unavailable.html", context, status=404))
    unit = _unit(request.GET.get("unit"))
    context.update(
        unit=unit,
        portal_url=index.get_full_url(request),
        track_url=request.build_absolute_uri(urls(index)["track_url"]),
    )
    if request.method == "POST":
        form = PageQuestionForm(request.POST)
        try:
            asked = ask(request, form, Question.Channel.EMBED, hint_unit=unit)
        except TooMany as refusal:
            form.add_error(None, refusal.message)
            response = _private(render(request, TEMPLATE, {**context, "form": form}, status=429))
            response["Retry-After"] = str(refusal.retry_after)
            return response
        if asked is not None:
            context.update(
                question=asked.question,
                resent=asked.resent,
                masked_contact=masked_contact(asked.question),
            )
        return _private(render(request, TEMPLATE, {**context, "form": form}))

    if not challenge_allowed(request, QA_LIMITS):
        context["refusal"] = TOO_MANY_CHALLENGES
        response = _private(render(request, TEMPLATE, context, status=429))
        response["Retry-After"] = str(QA_LIMITS.seconds_left(CHALLENGE_ACTION, "ip"))
        return response
    initial = {"locality": unit.slug} if unit and unit.kind == Unit.Kind.COMMUNE else {}
    return _private(
        render(request, TEMPLATE, {**context, "form": PageQuestionForm(initial=initial)})
    )


def _unit(slug):
    if not slug or len(slug) > 255 or not SLUG.fullmatch(slug):
        return None
    return Unit.objects.filter(slug=slug, is_active=True).first()


def _private(response):
    add_never_cache_headers(response)
    return response
