"""Telling the asker that their question moved: answered, needs clarification, refused,
published.

Each notice is recorded (``QuestionNotification``) in the transaction that moves the
question, and sent after the commit by a background task (``qa.tasks``), so a slow mail
server or SMS provider holds up no editor and a move that is rolled back tells nobody.
The sender is chosen by the asker's contact kind from ``settings.QA_NOTIFICATION_SENDERS``
(email through Django's email backend, SMS through ``home.sms`` by default); a
deployment plugs in its own with a class of the same shape.

A notice says what happened, the tracking code and where to follow the question. It
never names a member of staff. An SMS carries no answer (too long for a text message)
and, like the site's other text messages, no diacritics, which many SMS gateways
cannot carry. A failed attempt keeps the kind of error, never the address, and is
tried again later (``MAX_ATTEMPTS``, ``RETRY_DELAYS``); ``manage.py
send_qa_notifications`` sends what is due when the task backend cannot wait.
"""

import datetime
import html
import logging
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import import_string

from home.sms import send_sms

from .models import QAIndexPage, QuestionEvent, QuestionNotification

logger = logging.getLogger(__name__)

Reason = QuestionNotification.Reason
NotificationStatus = QuestionNotification.Status

DEFAULT_SENDERS = {
    "email": "qa.notifications.EmailSender",
    "phone": "qa.notifications.SmsSender",
}
MAX_ATTEMPTS = 5
# Waits before the second, third... attempt.
RETRY_DELAYS = [
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=2),
    datetime.timedelta(hours=12),
]
# A notice never tried this long after it was recorded missed its task.
FIRST_ATTEMPT_GRACE = datetime.timedelta(minutes=10)
TRACKING_PATH = "tra-cuu/"


class NotificationNotSent(Exception):
    """A sender could not hand the notice over."""


@dataclass(frozen=True)
class Notice:
    subject: str
    body: str  # for email: may hold the answer
    short: str  # for SMS: status, code and address only


class EmailSender:
    label = "thư điện tử"

    def send(self, to, notice):
        message = EmailMessage(subject=" ".join(notice.subject.split()), body=notice.body, to=[to])
        message.send()


class SmsSender:
    label = "tin nhắn SMS"

    def send(self, to, notice):
        send_sms(to, notice.short)


def sender_for(kind):
    """The sender of contact kind ``kind`` ("email", "phone"), as configured."""
    senders = {**DEFAULT_SENDERS, **getattr(settings, "QA_NOTIFICATION_SENDERS", {})}
    path = senders.get(kind)
    if not path:
        return None
    return import_string(path)()


def notify(question, reason):
    """Record a notice to the asker of ``question`` and send it once the transaction
    commits; the phones that follow the question hear of it too (``qa.reminders``)."""
    from .reminders import question_moved

    question_moved(question, reason, tracking_url(question))
    if not question.contact:
        return None
    notification = QuestionNotification.objects.create(
        question=question, reason=reason, channel=question.contact_kind
    )
    transaction.on_commit(lambda: enqueue(notification.pk), robust=True)
    return notification


def enqueue(notification_id, run_after=None):
    from . import tasks

    task = tasks.send_notification
    if run_after is not None:
        if not task.get_backend().supports_defer:
            # Left for ``manage.py send_qa_notifications``, which reads next_attempt_at.
            return
        task = task.using(run_after=run_after)
    task.enqueue(notification_id)


def tracking_url(question):
    """Where the asker follows the question: the tracking page of the Q&A section."""
    index = (
        QAIndexPage.objects.live().filter(locale_id=_locale_id(question)).order_by("path").first()
    ) or QAIndexPage.objects.live().order_by("path").first()
    if index is None:
        return ""
    url = index.get_full_url()
    return f"{url}{TRACKING_PATH}" if url else ""


def _locale_id(question):
    from wagtail.models import Locale

    if question.exchange_id:
        return question.exchange.locale_id
    return Locale.get_default().pk


_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def plain_text(rich_text):
    """Rich text as the lines of an email."""
    text = _BLOCK_END.sub("\n", rich_text or "")
    text = html.unescape(_TAG.sub("", text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


SUBJECTS = {
    Reason.ANSWERED: "Câu hỏi {code} đã có câu trả lời",
    Reason.CLARIFY: "Câu hỏi {code} cần ông/bà bổ sung thông tin",
    Reason.REJECTED: "Câu hỏi {code} không được tiếp nhận",
    Reason.PUBLISHED: "Câu hỏi {code} đã được đăng công khai",
}
SMS_TEXTS = {
    Reason.ANSWERED: "Cau hoi {code} da co cau tra loi.",
    Reason.CLARIFY: "Cau hoi {code} can ong/ba bo sung thong tin.",
    Reason.REJECTED: "Cau hoi {code} khong duoc tiep nhan.",
    Reason.PUBLISHED: "Cau hoi {code} da duoc dang cong khai.",
}


def _latest_public_message(question, action):
    return (
        question.events.filter(action=action, public=True)
        .order_by("-at", "-pk")
        .values_list("message", flat=True)
        .first()
        or ""
    )


def _details(question, reason):
    """The part of the email that says what happened, in the words the asker should read."""
    if reason == Reason.ANSWERED:
        lines = ["Câu trả lời:", plain_text(question.answer)]
        citations = [
            f"- {reference.article_label + ', ' if reference.article_label else ''}"
            f"{reference.document}"
            for reference in question.references.select_related("document")
        ]
        if citations:
            lines += ["", "Căn cứ pháp lý:", *citations]
        return lines
    if reason == Reason.CLARIFY:
        message = _latest_public_message(question, QuestionEvent.Action.CLARIFICATION_REQUESTED)
        return [
            "Nội dung cần bổ sung:",
            message,
            "",
            "Ông/bà bổ sung bằng cách nhập mã tra cứu trên trang theo dõi câu hỏi.",
        ]
    if reason == Reason.REJECTED:
        return ["Lý do:", question.rejection_reason]
    if question.exchange_id:
        return [f"Câu trả lời được đăng trên trang buổi giao lưu “{question.exchange.title}”."]
    return ["Câu hỏi và câu trả lời (đã ẩn thông tin cá nhân) được đăng trên cổng."]


def compose(question, reason):
    """The notice of ``reason`` for ``question``: what happened, the code, the address."""
    code = question.tracking_code
    url = tracking_url(question)
    follow = (
        f"Theo dõi câu hỏi tại {url} (mã tra cứu {code})."
        if url
        else (f"Mã tra cứu của câu hỏi: {code}.")
    )
    body = "\n".join(
        [
            "Kính gửi ông/bà,",
            "",
            f"{SUBJECTS[reason].format(code=code)}.",
            f"Câu hỏi: {question.display_title}",
            "",
            *_details(question, reason),
            "",
            follow,
            "",
            f"{settings.WAGTAIL_SITE_NAME}",
            "Thư gửi tự động, xin đừng trả lời thư này.",
        ]
    )
    short = SMS_TEXTS[reason].format(code=code)
    if url:
        short += f" Xem tai {url}"
    return Notice(
        subject=f"{SUBJECTS[reason].format(code=code)} – {settings.WAGTAIL_SITE_NAME}",
        body=body,
        short=short,
    )


def _retry_at(attempts, now):
    return now + RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1]


def deliver(notification_id, now=None):
    """Send a recorded notice; True once it is sent. A failure is recorded and, below
    ``MAX_ATTEMPTS``, another attempt is planned."""
    now = now or timezone.now()
    with transaction.atomic():
        notification = (
            QuestionNotification.objects.select_for_update(of=("self",))
            .select_related("question", "question__exchange")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None or notification.status == NotificationStatus.SENT:
            return False
        question = notification.question
        sender = sender_for(notification.channel)
        notification.attempts += 1
        try:
            if sender is None:
                raise NotificationNotSent(f"no sender for {notification.channel}")
            sender.send(question.contact, compose(question, notification.reason))
        except Exception as error:
            notification.last_error = type(error).__name__[:255]
            if notification.attempts >= MAX_ATTEMPTS:
                notification.status = NotificationStatus.FAILED
                notification.next_attempt_at = None
            else:
                notification.status = NotificationStatus.PENDING
                notification.next_attempt_at = _retry_at(notification.attempts, now)
            notification.save()
            # The question's id and the kind of error: never the address or the text.
            logger.warning(
                "Notice %s of question %s not sent (attempt %s): %s",
                notification.pk,
                question.pk,
                notification.attempts,
                notification.last_error,
            )
            retry_at = notification.next_attempt_at
        else:
            notification.status = NotificationStatus.SENT
            notification.sent_at = now
            notification.next_attempt_at = None
            notification.last_error = ""
            notification.save()
            label = getattr(sender, "label", notification.channel)
            QuestionEvent.objects.create(
                question=question,
                action=QuestionEvent.Action.NOTIFIED,
                from_status=question.status,
                to_status=question.status,
                unit=question.unit,
                message=f"Đã báo qua {label}: {notification.get_reason_display()}.",
                public=False,
            )
            return True
    if retry_at is not None:
        enqueue(notification.pk, run_after=retry_at)
    return False


def send_due(now=None):
    """Send every notice whose next attempt is due, and those whose first attempt never
    ran (the queue was down when they were recorded); the number sent."""
    now = now or timezone.now()
    due = QuestionNotification.objects.filter(status=NotificationStatus.PENDING).filter(
        Q(next_attempt_at__lte=now)
        | Q(next_attempt_at__isnull=True, created_at__lte=now - FIRST_ATTEMPT_GRACE)
    )
    return sum(deliver(pk, now=now) for pk in due.values_list("pk", flat=True))


@transaction.atomic
def send_again(notification, user=None):
    """Staff ask for a failed notice to be tried again, now."""
    notification = QuestionNotification.objects.select_for_update().get(pk=notification.pk)
    if notification.status == NotificationStatus.SENT:
        return notification
    notification.status = NotificationStatus.PENDING
    notification.attempts = 0
    notification.next_attempt_at = None
    notification.save()
    transaction.on_commit(lambda: enqueue(notification.pk), robust=True)
    return notification
