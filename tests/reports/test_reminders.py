"""Reminders to the units that have not sent their report: who gets the email and what
it says, what is recorded, the dashboard's button and the scheduled command."""

import datetime
import io

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from home.models import Unit
from reports import roles
from reports.models import Period, Reminder, ReportEvent
from reports.reminders import deliver, recipients, send_reminders
from tests.factories import UnitFactory, UserFactory
from tests.reports.conftest import reporter_of
from tests.reports.report_states import local_time, make_report


@pytest.fixture
def units(period, justice_department, ward, other_ward):
    """The period's units: the Department of Justice has sent; Phường Hạ Long drafts;
    Xã Cô Tô has not started and has only an editor; Đặc khu Vân Đồn has nobody."""
    nobody = UnitFactory(name="Đặc khu Vân Đồn", kind=Unit.Kind.COMMUNE)
    period.units.add(other_ward, nobody)
    reporter_of(justice_department, "thongke.stp")
    make_report(period, justice_department, "submitted", {"09b.cuoc": 3})
    make_report(period, ward, "draft")
    return {"sent": justice_department, "draft": ward, "editor_only": other_ward, "nobody": nobody}


@pytest.fixture
def ward_people(ward, ward_reporter):
    """Phường Hạ Long's reporter, a second reporter without an address, a former reporter
    whose account is closed, and an editor who does not report."""
    reporters = Group.objects.get(name=roles.REPORTERS_GROUP)
    UserFactory(username="thongke2.halong", groups=[ward.editors_group, reporters])
    closed = reporter_of(ward, "cu.halong")
    closed.is_active = False
    closed.save()
    UserFactory(
        username="bientap.halong", email="bientap.halong@example.vn", groups=[ward.editors_group]
    )
    return ward_reporter


@pytest.fixture
def other_ward_editor(other_ward):
    return UserFactory(
        username="bientap.coto", email="bientap.coto@example.vn", groups=[other_ward.editors_group]
    )


def report_link(period, unit):
    return "http://testserver" + reverse("reports_unit_report", args=[period.pk, unit.pk])


def mail_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_reporters_get_the_reminder_and_editors_stand_in_where_there_is_none(
    period, units, ward_people, other_ward_editor
):
    found = recipients([unit.pk for unit in units.values()])
    assert found[units["draft"].pk] == ["thongke.halong@example.vn"]
    assert found[units["editor_only"].pk] == ["bientap.coto@example.vn"]
    assert units["nobody"].pk not in found


def test_units_that_have_not_sent_are_reminded_by_email(
    period, units, ward_people, other_ward_editor
):
    result = send_reminders(period, now=local_time(datetime.date(2026, 11, 10)))
    assert [(unit.name, count) for unit, count in result.reminded] == [
        ("Phường Hạ Long", 1),
        ("Xã Cô Tô", 1),
    ]
    assert result.people == 2
    assert result.nobody == [units["nobody"]]
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "bientap.coto@example.vn",
        "thongke.halong@example.vn",
    ]
    assert not mail_to("thongke.stp@example.vn")  # its unit has sent
    (message,) = mail_to("thongke.halong@example.vn")
    assert message.subject == (
        "Nhắc gửi báo cáo thống kê PBGDPL kỳ “Năm 2026 (chính thức)” – Phường Hạ Long"
    )
    assert "Hạn gửi báo cáo: 14/11/2026 (còn 4 ngày)." in message.body
    assert "Báo cáo đang soạn, chưa được gửi." in message.body
    assert report_link(period, units["draft"]) in message.body
    (other,) = mail_to("bientap.coto@example.vn")
    assert "Đơn vị chưa lập báo cáo của kỳ này." in other.body
    assert report_link(period, units["editor_only"]) in other.body


def test_the_email_says_how_overdue_and_why_a_report_came_back(period, ward, ward_reporter):
    make_report(period, ward, "returned", first_sent=datetime.date(2026, 11, 12))
    send_reminders(period, now=local_time(datetime.date(2026, 11, 20)))
    (message,) = mail.outbox
    assert "(đã quá hạn 6 ngày)" in message.body
    assert "trả lại để sửa, với ý kiến: “Thiếu số liệu kinh phí.”" in message.body
    mail.outbox.clear()
    send_reminders(period, now=local_time(datetime.date(2026, 11, 14)), once_a_day=False)
    assert "(hôm nay là ngày cuối cùng)" in mail.outbox[0].body


def test_each_reminder_is_recorded_with_its_sender_and_in_the_report_history(
    period, units, ward_people, reviewer
):
    send_reminders(period, sent_by=reviewer)
    (reminder,) = Reminder.objects.all()
    assert (reminder.unit, reminder.sent_by, reminder.recipients) == (units["draft"], reviewer, 1)
    event = ReportEvent.objects.get(action=ReportEvent.Action.REMINDED)
    assert event.report.unit == units["draft"] and event.user == reviewer
    assert event.comment == "Gửi thư nhắc đến 1 người."
    assert "@" not in event.comment  # staff addresses stay out of the history


def test_a_unit_that_sends_before_the_email_goes_out_is_not_written_to(period, ward, ward_reporter):
    reminder = Reminder.objects.create(period=period, unit=ward, recipients=1)
    make_report(period, ward, "submitted")
    assert deliver(reminder.pk, ["thongke.halong@example.vn"]) is False
    assert mail.outbox == []


# --- From the dashboard -----------------------------------------------------------------


def remind_url(period):
    return reverse("reports_send_reminders", args=[period.pk])


def messages_of(response):
    # Wagtail appends the (here empty) buttons of a message to its text.
    return [str(message).strip() for message in response.context["messages"]]


def test_a_reviewer_reminds_every_unit_that_has_not_sent(
    client, period, units, ward_people, other_ward_editor, reviewer
):
    client.force_login(reviewer)
    response = client.post(remind_url(period), follow=True)
    assert response.redirect_chain[-1][0].endswith(
        reverse("reports_dashboard", args=[period.pk]) + "#chua-gui"
    )
    shown = messages_of(response)
    assert "Đã gửi thư nhắc đến 2 đơn vị, 2 người nhận." in shown
    assert any(
        "Đặc khu Vân Đồn" in message and "Không có ai để nhắc" in message for message in shown
    )
    assert len(mail.outbox) == 2
    assert set(Reminder.objects.values_list("sent_by", flat=True)) == {reviewer.pk}

    # A second click the same day does not write again.
    again = client.post(remind_url(period), follow=True)
    assert len(mail.outbox) == 2
    assert any("đã được nhắc hôm nay" in message for message in messages_of(again))


def test_a_reviewer_reminds_one_unit(
    client, period, units, ward_people, other_ward_editor, reviewer
):
    client.force_login(reviewer)
    response = client.post(remind_url(period), {"unit": units["editor_only"].pk}, follow=True)
    assert "Đã gửi thư nhắc đến 1 đơn vị, 1 người nhận." in messages_of(response)
    assert [message.to for message in mail.outbox] == [["bientap.coto@example.vn"]]
    # Naming the unit again reminds it again: the reviewer asked for it.
    client.post(remind_url(period), {"unit": units["editor_only"].pk})
    assert len(mail.outbox) == 2
    sent = client.post(remind_url(period), {"unit": units["sent"].pk}, follow=True)
    assert len(mail.outbox) == 2
    assert any("không cần nhắc" in message for message in messages_of(sent))


def test_the_dashboard_shows_the_reminder_just_sent(client, period, units, ward_people, reviewer):
    client.force_login(reviewer)
    client.post(remind_url(period))
    page = client.get(reverse("reports_dashboard", args=[period.pk])).content.decode()
    sent_at = timezone.localtime(Reminder.objects.get().sent_at)
    assert f"{sent_at:%d/%m/%Y %H:%M}" in page
    assert "1 người nhận" in page


def test_unit_reporters_cannot_send_reminders(client, period, units, ward_people):
    client.force_login(ward_people)
    response = client.post(remind_url(period))
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert mail.outbox == [] and not Reminder.objects.exists()


def test_reminders_need_a_post_with_the_csrf_token(period, units, ward_people, reviewer):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    assert client.get(remind_url(period)).status_code == 405
    assert client.post(remind_url(period)).status_code == 403
    assert mail.outbox == []


# --- The scheduled command --------------------------------------------------------------


def run(*args):
    out = io.StringIO()
    call_command("send_report_reminders", *args, stdout=out)
    return out.getvalue()


def period_due_in(days, slug, template, units):
    today = timezone.localdate()
    period = Period.objects.create(
        name=f"Kỳ thử {slug}",
        slug=slug,
        kind=Period.Kind.CUSTOM,
        start=today - datetime.timedelta(days=200),
        end=today - datetime.timedelta(days=20),
        deadline=today + datetime.timedelta(days=days),
        template=template,
    )
    period.units.set(units)
    return period


@pytest.fixture
def periods(template, period, ward, ward_reporter):
    """Periods whose deadline is 3 days ahead, passed 10 days ago (both reminded), 20 days
    ahead and passed 40 days ago (neither); the fixture period moves out of the way."""
    period.deadline = timezone.localdate() + datetime.timedelta(days=100)
    period.save()
    return {
        days: period_due_in(
            days, f"han-{days}" if days > 0 else f"qua-han-{-days}", template, [ward]
        )
        for days in (3, -10, 20, -40)
    }


def test_the_command_reminds_for_periods_with_a_near_or_recent_deadline(periods):
    output = run()
    reminded = set(Reminder.objects.values_list("period__deadline", flat=True))
    today = timezone.localdate()
    assert reminded == {today + datetime.timedelta(days=3), today - datetime.timedelta(days=10)}
    assert len(mail.outbox) == 2
    assert set(Reminder.objects.values_list("sent_by", flat=True)) == {None}
    assert "Kỳ “Kỳ thử han-3”" in output and "còn 3 ngày" in output
    assert "đã quá hạn 10 ngày" in output
    assert "Phường Hạ Long: 1 người nhận" in output
    assert "han-20" not in output


def test_the_command_is_safe_to_run_twice_a_day(periods):
    run()
    output = run()
    assert len(mail.outbox) == 2 and Reminder.objects.count() == 2
    assert "Phường Hạ Long: đã được nhắc hôm nay, không nhắc lại" in output


def test_the_command_windows_can_be_changed(periods):
    run("--days-before", "30", "--days-after", "5")
    today = timezone.localdate()
    assert set(Reminder.objects.values_list("period__deadline", flat=True)) == {
        today + datetime.timedelta(days=3),
        today + datetime.timedelta(days=20),
    }


def test_a_dry_run_sends_and_records_nothing(periods):
    output = run("--dry-run")
    assert mail.outbox == [] and not Reminder.objects.exists()
    assert "[Chạy thử, không gửi thư]" in output and "Phường Hạ Long: 1 người nhận" in output


def test_the_command_reminds_for_one_period_by_its_slug(periods, period, units, ward_people):
    output = run("--period", period.slug)
    assert set(Reminder.objects.values_list("period", flat=True)) == {period.pk}
    assert "Đặc khu Vân Đồn: không có ai để gửi" in output
    with pytest.raises(CommandError, match="khong-co"):
        run("--period", "khong-co")


def test_the_command_says_when_there_is_nothing_to_do(period):
    period.deadline = timezone.localdate() + datetime.timedelta(days=100)
    period.save()
    assert run() == "Không có kỳ báo cáo nào cần nhắc hôm nay.\n"
    assert mail.outbox == []
