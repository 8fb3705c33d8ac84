"""The asker is told by email or SMS when their question is answered, needs
clarification, is refused or published: with its code and where to follow it, never
someone else's data or a member of staff's name, after the change is saved, and again
later when sending fails."""

import datetime
import logging

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from home.sms import SmsNotSent
from qa import moderation, notifications
from qa.citations import cite
from qa.models import QuestionEvent, QuestionNotification

from ..factories import ExchangePageFactory, QuestionFactory

pytestmark = pytest.mark.django_db

Status = QuestionNotification.Status
ANSWER = "<p>Theo Điều 45 Luật Đất đai, đất phải có giấy chứng nhận mới được chuyển nhượng.</p>"


class FailingSms:
    """An SMS provider that does not answer."""

    label = "tin nhắn SMS"

    def send(self, to, notice):
        raise SmsNotSent(f"provider refused {to}")


@pytest.fixture
def emailed(db, board_member, justice_department):
    question = QuestionFactory(
        text="Tôi muốn hỏi về thủ tục đăng ký khai sinh cho con.",
        asker_name="Trần Văn Bình",
        contact_kind="email",
        contact="binh.tran@example.vn",
    )
    return moderation.assign(question, board_member, justice_department)


@pytest.fixture
def named_editor(justice_editor):
    justice_editor.first_name, justice_editor.last_name = "Lan", "Phạm Thị"
    justice_editor.save()
    return justice_editor


def test_an_answer_is_told_by_sms_with_the_code_and_the_tracking_page(
    assigned, named_editor, land_law, qa_index, sms_outbox, django_capture_on_commit_callbacks
):
    other = QuestionFactory(asker_name="Lê Văn Cường", contact="0987654321")
    with django_capture_on_commit_callbacks(execute=True):
        moderation.answer(assigned, named_editor, ANSWER, [cite(land_law, "dieu-45")])
    (sms,) = sms_outbox
    assert sms.to == "0912345678"
    assert assigned.tracking_code in sms.body
    assert f"{qa_index.full_url}tra-cuu/" in sms.body
    assert sms.body.isascii()
    # No answer (too long), no staff name, nobody else's data.
    for absent in ("Điều 45", "Dieu 45", "Lan", "Phạm", other.contact, other.tracking_code):
        assert absent not in sms.body
    event = assigned.events.get(action=QuestionEvent.Action.NOTIFIED)
    assert not event.public
    assert event.message == "Đã báo qua tin nhắn SMS: Đã có câu trả lời."
    assert "0912345678" not in event.message


def test_an_answer_is_told_by_email_with_the_answer_and_its_citations(
    emailed, named_editor, land_law, qa_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        moderation.answer(emailed, named_editor, ANSWER, [cite(land_law, "dieu-45")])
    (message,) = mail.outbox
    assert message.to == ["binh.tran@example.vn"]
    assert emailed.tracking_code in message.subject
    assert "đã có câu trả lời" in message.subject
    assert "Theo Điều 45 Luật Đất đai, đất phải có giấy chứng nhận" in message.body
    assert "- Điều 45. Điều kiện thực hiện các quyền của người sử dụng đất, 31/2024/QH15" in (
        message.body
    )
    assert f"{qa_index.full_url}tra-cuu/" in message.body
    assert "Lan" not in message.body and "Phạm" not in message.body
    assert "<p>" not in message.body
    assert (
        emailed.events.get(action=QuestionEvent.Action.NOTIFIED).message
        == "Đã báo qua thư điện tử: Đã có câu trả lời."
    )


def test_clarification_and_refusal_say_what_the_asker_must_read(
    emailed, justice_editor, qa_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        moderation.request_clarification(emailed, justice_editor, "Cho biết ngày sinh của cháu.")
    assert "cần ông/bà bổ sung thông tin" in mail.outbox[0].subject
    assert "Cho biết ngày sinh của cháu." in mail.outbox[0].body
    moderation.citizen_replied(emailed, "Cháu sinh ngày 01/02/2025.")
    with django_capture_on_commit_callbacks(execute=True):
        moderation.reject(emailed, justice_editor, "Câu hỏi đã được trả lời ở câu hỏi khác.")
    assert "không được tiếp nhận" in mail.outbox[1].subject
    assert "Câu hỏi đã được trả lời ở câu hỏi khác." in mail.outbox[1].body


def test_nothing_is_sent_until_the_move_is_saved(
    assigned, justice_editor, sms_outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        moderation.answer(assigned, justice_editor, ANSWER)
    assert sms_outbox == []
    assert QuestionNotification.objects.get().status == Status.PENDING
    for callback in callbacks:
        callback()
    assert len(sms_outbox) == 1
    assert QuestionNotification.objects.get().status == Status.SENT


def test_a_failed_sending_is_recorded_without_the_address_and_tried_again(
    settings, assigned, justice_editor, sms_outbox, caplog, django_capture_on_commit_callbacks
):
    settings.QA_NOTIFICATION_SENDERS = {"phone": "tests.qa.test_notifications.FailingSms"}
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        moderation.answer(assigned, justice_editor, ANSWER)
    notice = QuestionNotification.objects.get()
    assert (notice.status, notice.attempts, notice.last_error) == (Status.PENDING, 1, "SmsNotSent")
    assert notice.next_attempt_at > timezone.now()
    assert "0912345678" not in caplog.text and "SmsNotSent" in caplog.text
    assert not assigned.events.filter(action=QuestionEvent.Action.NOTIFIED).exists()

    # Not yet due: nothing happens.
    assert notifications.send_due() == 0
    settings.QA_NOTIFICATION_SENDERS = {"phone": "qa.notifications.SmsSender"}
    later = notice.next_attempt_at + datetime.timedelta(seconds=1)
    assert notifications.send_due(now=later) == 1
    notice.refresh_from_db()
    assert (notice.status, notice.attempts, notice.last_error) == (Status.SENT, 2, "")
    assert len(sms_outbox) == 1


def test_after_the_last_attempt_the_failure_shows_and_staff_send_again(
    client,
    settings,
    assigned,
    justice_editor,
    board_member,
    sms_outbox,
    django_capture_on_commit_callbacks,
):
    settings.QA_NOTIFICATION_SENDERS = {"phone": "tests.qa.test_notifications.FailingSms"}
    with django_capture_on_commit_callbacks(execute=True):
        moderation.answer(assigned, justice_editor, ANSWER)
    notice = QuestionNotification.objects.get()
    for _ in range(notifications.MAX_ATTEMPTS - 1):
        notifications.deliver(notice.pk)
    notice.refresh_from_db()
    assert notice.status == Status.FAILED and notice.next_attempt_at is None

    client.force_login(board_member)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 thông báo cho người hỏi không gửi được" in dashboard
    screen = reverse("qa_question", args=[assigned.pk])
    assert "không gửi được" in client.get(screen).content.decode()

    settings.QA_NOTIFICATION_SENDERS = {}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(screen, {"move": "resend", "notification": notice.pk})
    assert response.status_code == 302
    notice.refresh_from_db()
    assert notice.status == Status.SENT
    assert len(sms_outbox) == 1


def test_the_command_sends_notices_whose_task_never_ran(
    assigned, justice_editor, sms_outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        moderation.answer(assigned, justice_editor, ANSWER)
    QuestionNotification.objects.update(created_at=timezone.now() - datetime.timedelta(hours=1))
    call_command("send_qa_notifications", verbosity=0)
    assert len(sms_outbox) == 1
    assert QuestionNotification.objects.get().status == Status.SENT


def test_a_deployment_plugs_its_own_sender(
    settings, assigned, justice_editor, django_capture_on_commit_callbacks
):
    settings.QA_NOTIFICATION_SENDERS = {"phone": "tests.qa.test_notifications.RecordingSender"}
    RecordingSender.sent.clear()
    with django_capture_on_commit_callbacks(execute=True):
        moderation.reject(assigned, justice_editor, "Không thuộc phạm vi pháp luật.")
    ((to, notice),) = RecordingSender.sent
    assert to == "0912345678"
    assert notice.short.startswith(f"Cau hoi {assigned.tracking_code} khong duoc tiep nhan.")
    assert assigned.events.get(action=QuestionEvent.Action.NOTIFIED).message == (
        "Đã báo qua Zalo: Không tiếp nhận."
    )


class RecordingSender:
    label = "Zalo"
    sent = []

    def send(self, to, notice):
        self.sent.append((to, notice))


def test_an_exchange_question_is_told_when_its_answer_is_published(
    qa_index, board_member, sms_outbox, django_capture_on_commit_callbacks
):
    exchange = ExchangePageFactory(parent=qa_index, title="Giao lưu về Luật Đất đai 2024")
    question = QuestionFactory(exchange=exchange, channel="exchange")
    with django_capture_on_commit_callbacks(execute=True):
        moderation.answer(question, board_member, "<p>Khách mời trả lời.</p>")
    assert sms_outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        moderation.publish_on_exchange(question, board_member)
    (sms,) = sms_outbox
    assert "da duoc dang cong khai" in sms.body
