"""Reminders on the citizen's phone (``push``): the question tracked in this browser
(its answer, a request for more, a refusal, its publication), and an online exchange
(announced when it starts, once, by ``manage.py send_push_reminders``)."""

import datetime
from urllib.parse import urlsplit

from push import notify, topics

from .models import ExchangePage, QuestionNotification
from .site.pages import TRACKED
from .tracking import find

QUESTION, EXCHANGE = "question", "exchange"
# An exchange that started longer ago than this is not announced any more.
LATEST = datetime.timedelta(minutes=30)
Reason = QuestionNotification.Reason

# The code is left out: a notice shows on a locked screen, and the tracking page, which
# the notice opens, shows the question to this browser only.
QUESTION_TEXTS = {
    Reason.ANSWERED: ("Câu hỏi của bạn đã có câu trả lời", "Chạm để đọc câu trả lời."),
    Reason.CLARIFY: ("Câu hỏi của bạn cần bổ sung thông tin", "Chạm để xem nội dung cần bổ sung."),
    Reason.REJECTED: ("Câu hỏi của bạn không được tiếp nhận", "Chạm để xem lý do."),
    Reason.PUBLISHED: ("Câu hỏi của bạn đã được đăng công khai", "Chạm để xem trên cổng."),
}


def may_follow_question(request, question_id):
    code = request.session.get(TRACKED)
    question = find(code) if code else None
    if question is None or question.pk != question_id:
        raise topics.NotFollowable(
            "Chỉ nhận được thông báo của câu hỏi đang tra cứu trên trình duyệt này.", status=403
        )


def may_follow_exchange(request, exchange_id):
    if not ExchangePage.objects.live().public().filter(pk=exchange_id).exists():
        raise topics.NotFollowable("Không có buổi giao lưu này.", status=404)


def question_moved(question, reason, tracking_url):
    """Tell the devices that follow ``question`` (called where the asker is told)."""
    if reason not in QUESTION_TEXTS:
        return 0
    title, body = QUESTION_TEXTS[reason]
    # The path only: the worker opens the site's own pages, whatever host the site has.
    path = urlsplit(tracking_url).path if tracking_url else "/"
    return notify(
        QUESTION,
        question.pk,
        topics.Message(title=title, body=body, url=path or "/", tag=f"question-{question.pk}"),
    )


def exchange_message(exchange, now):
    return topics.Message(
        title="Buổi giao lưu trực tuyến đang bắt đầu",
        body=exchange.title,
        url=exchange.get_url() or "/",
        tag=f"exchange-{exchange.pk}",
        urgency="high",
        ttl=max(60, int((exchange.ends_at - now).total_seconds())),
    )


def due(now):
    exchanges = (
        ExchangePage.objects.live()
        .public()
        .filter(starts_at__lte=now, starts_at__gt=now - LATEST, ends_at__gt=now)
    )
    for exchange in exchanges:
        yield topics.Reminder(
            exchange.pk,
            f"starts:{int(exchange.starts_at.timestamp())}",
            exchange_message(exchange, now),
        )


def register():
    topics.register(QUESTION, "Câu hỏi đang tra cứu", may_follow=may_follow_question)
    topics.register(
        EXCHANGE, "Buổi giao lưu trực tuyến bắt đầu", may_follow=may_follow_exchange, due=due
    )
