"""The one-click moves of an online exchange's moderator, from the exchange's screen or
a question's: show or hide, answered live or not, publish or withdraw the answer."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from wagtail.admin import messages

from .. import moderation

MOVES = {
    "show": (
        lambda question, user: moderation.show_on_exchange(question, user, shown=True),
        "Câu hỏi {code} đã hiện trên trang giao lưu.",
    ),
    "hide": (
        lambda question, user: moderation.show_on_exchange(question, user, shown=False),
        "Câu hỏi {code} đã được ẩn khỏi trang giao lưu.",
    ),
    "live": (
        lambda question, user: moderation.mark_answered_live(question, user, answered=True),
        "Đã đánh dấu câu hỏi {code} được trả lời trực tiếp.",
    ),
    "unlive": (
        lambda question, user: moderation.mark_answered_live(question, user, answered=False),
        "Đã bỏ đánh dấu trả lời trực tiếp của câu hỏi {code}.",
    ),
    "publish_exchange": (
        moderation.publish_on_exchange,
        "Câu trả lời câu hỏi {code} đã được đăng trên trang giao lưu.",
    ),
    "withdraw_exchange": (
        moderation.withdraw_from_exchange,
        "Đã gỡ câu trả lời câu hỏi {code} khỏi trang giao lưu.",
    ),
}


def back(request, default):
    """Where the moderator was: the page that posted, if it is this site's."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(default)


def run(request, question, move, default=None):
    call, success = MOVES[move]
    default = default or reverse("qa_question", args=[question.pk])
    try:
        call(question, request.user)
    except moderation.NotAllowed as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, success.format(code=question.tracking_code))
    return back(request, default)
