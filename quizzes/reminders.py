"""Reminders on the participant's phone (``push``): a contest they entered can be
followed, and each of its rounds is announced when it opens, once, by ``manage.py
send_push_reminders`` at the opening time, or at publication when the round is
published already open."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format

from push import topics
from push.reminders import send_once

from .models import ContestEntry, ContestPage, QuizPage
from .site_views import signed_in

KIND = "contest"
# A round that opened longer ago than this is not announced any more (the scheduler was
# down, or push was switched on later): the reminder would come too late to help.
LATEST = datetime.timedelta(hours=2)


def may_follow(request, contest_id):
    contest = ContestPage.objects.live().public().filter(pk=contest_id).first()
    if contest is None:
        raise topics.NotFollowable("Không có cuộc thi này.", status=404)
    participant = signed_in(request)
    if participant is None:
        raise topics.NotFollowable(
            "Hãy đăng nhập tài khoản dự thi để nhận thông báo của cuộc thi.", status=403
        )
    if not ContestEntry.objects.filter(contest=contest, participant=participant).exists():
        raise topics.NotFollowable(
            "Bạn chưa tham gia cuộc thi này nên chưa nhận được thông báo của cuộc thi.",
            status=403,
        )


def occasion(round_page):
    # In seconds since the epoch: the same instant read back from a revision or from the
    # database, whatever its time zone, is the same occasion.
    return f"round:{round_page.pk}:{int(round_page.opens_at.timestamp())}"


def message(round_page, contest):
    closes = date_format(timezone.localtime(round_page.closes_at), "H:i d/m/Y")
    return topics.Message(
        title=f"Vòng thi đã mở: {round_page.title}",
        body=f"{contest.title}: mời bạn vào thi, vòng thi đóng lúc {closes}.",
        url=round_page.get_url() or "/",
        tag=f"round-{round_page.pk}",
        urgency="high",
        ttl=max(60, int((round_page.closes_at - timezone.now()).total_seconds())),
    )


def due(now):
    rounds = QuizPage.objects.live().filter(
        opens_at__lte=now, opens_at__gt=now - LATEST, closes_at__gt=now
    )
    for round_page in rounds:
        contest = round_page.get_parent().specific
        if isinstance(contest, ContestPage) and contest.live:
            yield topics.Reminder(contest.pk, occasion(round_page), message(round_page, contest))


def round_published(sender, instance, **kwargs):
    """A round published when it is already open is announced now (the scheduler's
    window may have passed); the occasion is the scheduler's, so it goes out once."""
    round_page = instance
    now = timezone.now()
    if not (round_page.opens_at <= now < round_page.closes_at):
        return
    contest = round_page.get_parent().specific
    if isinstance(contest, ContestPage) and contest.live:
        send_once(KIND, contest.pk, occasion(round_page), message(round_page, contest))


def register():
    from wagtail.signals import page_published

    topics.register(KIND, "Vòng thi mới của cuộc thi đã tham gia", may_follow=may_follow, due=due)
    page_published.connect(round_published, sender=QuizPage, dispatch_uid="quizzes.push_round")
