"""``dat-cau-hoi/`` of the Q&A section: the form to ask a legal question, and the
thank-you page with the tracking code.

``?exchange=<page id>`` sends the question to an online exchange that is taking
questions. After a question is sent, the browser is redirected to
``dat-cau-hoi/?da-gui=1``, which shows the code kept in the session: a reload does not
send the question again, and the code is never in an address.
"""

from django.shortcuts import redirect

from core.ids import MAX_PAGE_ID

from ..asking import PageQuestionForm, TooMany
from ..asking import ask as ask_question
from ..models import ExchangePage, Question
from ..tracking import masked_contact
from .pages import JUST_ASKED, JUST_RESENT, TRACKED, no_challenge_left, render, urls

SENT_FLAG = "da-gui"
EXCHANGE_CLOSED = (
    "Buổi giao lưu này đã kết thúc hoặc không còn nhận câu hỏi. Bạn vẫn có thể gửi câu hỏi "
    "thông thường bằng mẫu dưới đây."
)


def ask(index, request):
    if request.method == "GET" and SENT_FLAG in request.GET:
        return thanks(index, request)
    if request.method == "POST":
        form = PageQuestionForm(request.POST)
        exchange, notice = _exchange(request.POST.get("exchange"))
        try:
            asked = ask_question(request, form, Question.Channel.SITE)
        except TooMany as refusal:
            form.add_error(None, refusal.message)
            response = _form_page(index, request, form, exchange, notice, status=429)
            response["Retry-After"] = str(refusal.retry_after)
            return response
        if asked is not None:
            request.session[JUST_ASKED] = asked.question.tracking_code
            request.session[JUST_RESENT] = asked.resent
            request.session[TRACKED] = asked.question.tracking_code
            return redirect(f"{urls(index)['ask_url']}?{SENT_FLAG}=1")
        return _form_page(index, request, form, exchange, notice)

    refused = no_challenge_left(index, request)
    if refused:
        return refused
    exchange, notice = _exchange(request.GET.get("exchange"))
    form = PageQuestionForm(initial={"exchange": exchange.pk if exchange else None})
    return _form_page(index, request, form, exchange, notice)


def _exchange(raw):
    """(the exchange taking questions named by ``raw``, a notice when it names one that
    does not take them any more)."""
    if not raw or not raw.isascii() or not raw.isdigit() or int(raw) > MAX_PAGE_ID:
        return None, ""
    exchange = ExchangePage.objects.live().public().filter(pk=int(raw)).first()
    if exchange is None:
        return None, ""
    if not exchange.takes_questions:
        return None, EXCHANGE_CLOSED
    return exchange, ""


def _form_page(index, request, form, exchange, notice, status=200):
    context = {"form": form, "exchange": exchange, "exchange_notice": notice}
    return render(index, request, "qa/ask.html", context, status=status)


def thanks(index, request):
    code = request.session.get(JUST_ASKED)
    question = (
        Question.objects.select_related("similar_answer", "duplicate_of__page")
        .filter(tracking_code=code)
        .first()
        if code
        else None
    )
    if question is None:
        return redirect(urls(index)["ask_url"])
    context = {
        "question": question,
        "resent": request.session.get(JUST_RESENT, False),
        "masked_contact": masked_contact(question),
        "similar": similar_published(question, request),
    }
    return render(index, request, "qa/asked.html", context)


def similar_published(question, request):
    """A published answer the asker may read while they wait: the one the question
    resembles, or the one of the earlier question it repeats. None when neither is live."""
    candidates = [question.similar_answer]
    if question.duplicate_of is not None:
        candidates.append(question.duplicate_of.page)
    for page in candidates:
        if page is not None and page.live:
            return {"title": page.title, "url": page.get_url(request)}
    return None
