"""Figures the system computes for a unit's report, against content whose figures are
known: activity records, pages published on the site, contest entries."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Page

from quizzes.models import Attempt
from reports import workflow
from reports.figures import automatic_figures, report_rows
from reports.models import ActivityRecord, Period
from tests.factories import (
    ContestPageFactory,
    LegalNewsPageFactory,
    ParticipantFactory,
    QuizPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


def at(day, hour=9):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def activity(unit, kind, day, participants=0, presenters=0, online=False, title="Hoạt động"):
    return ActivityRecord.objects.create(
        unit=unit,
        kind=kind,
        title=title,
        date=day,
        online=online,
        place="" if online else "Hội trường UBND",
        link="https://meet.example.vn/phong-1" if online else "",
        participants=participants,
        presenters=presenters,
    )


def figures_of(report):
    return {row.indicator.code: row.automatic for row in report_rows(report)}


def test_activity_records_of_the_period_are_counted_for_their_unit(
    period, ward, justice_department, ward_reporter
):
    direct, training = ActivityRecord.Kind.DIRECT, ActivityRecord.Kind.TRAINING
    activity(ward, direct, datetime.date(2026, 2, 3), participants=120, presenters=2)
    activity(ward, direct, datetime.date(2026, 12, 31), participants=30, presenters=1, online=True)
    activity(ward, ActivityRecord.Kind.ONLINE_EXCHANGE, datetime.date(2026, 6, 1), participants=400)
    activity(ward, training, datetime.date(2026, 5, 5), participants=45, presenters=3)
    activity(ward, ActivityRecord.Kind.CONTEST, datetime.date(2026, 9, 9), participants=230)
    # Outside the period, and another unit's: not counted.
    activity(ward, direct, datetime.date(2025, 12, 31), participants=999)
    activity(justice_department, direct, datetime.date(2026, 3, 3), participants=999)

    figures = figures_of(workflow.open_report(period, ward, ward_reporter))

    assert figures["09b.cuoc"] == 3  # two sessions and the online exchange
    assert figures["09b.cuoc.truc_tuyen"] == 2
    assert figures["09b.luot_nguoi"] == 120 + 30 + 400
    assert figures["09b.nguoi_thuc_hien"] == 3
    assert figures["kh.tap_huan"] == 1
    assert figures["kh.tap_huan.hoc_vien"] == 45
    assert figures["kh.giao_luu"] == 1
    assert figures["09c.cuoc_thi"] == 1
    assert figures["09c.cuoc_thi.truc_tuyen"] == 0
    assert figures["09c.luot_du_thi"] == 230
    # Indicators the unit enters itself have no computed figure.
    assert figures["09a.bcv"] is None
    assert figures["09e.tong"] is None


def test_pages_first_published_in_the_period_are_counted_by_type(
    period, justice_department, justice_reporter, one_of_each, justice_section
):
    for page in one_of_each.values():
        Page.objects.filter(pk=page.pk).update(first_published_at=at(datetime.date(2026, 4, 1)))
    old = LegalNewsPageFactory(parent=justice_section, unit=justice_department)
    Page.objects.filter(pk=old.pk).update(first_published_at=at(datetime.date(2025, 12, 30)))
    draft = LegalNewsPageFactory(parent=justice_section, unit=justice_department)
    draft.unpublish()
    # A translation is the same item, not another one.
    translate(one_of_each["news"], {"title": "Land Law 2024 takes effect"})

    figures = figures_of(workflow.open_report(period, justice_department, justice_reporter))

    for code in ("tin_bai", "infographic", "video", "to_gap", "sach", "bai_giang"):
        assert figures[f"kh.san_pham.{code}"] == 1, code
    assert figures["kh.san_pham"] == 6
    assert figures["09d.tai_lieu.dang_tai"] == 2  # the leaflet and the e-book


def test_contests_the_unit_runs_and_entries_of_its_people(period, ward, justice_department):
    contest = ContestPageFactory(unit=justice_department)
    QuizPageFactory(
        parent=contest,
        opens_at=at(datetime.date(2026, 3, 1)),
        closes_at=at(datetime.date(2026, 3, 8)),
    )
    second_round = QuizPageFactory(
        parent=contest,
        opens_at=at(datetime.date(2026, 3, 9)),
        closes_at=at(datetime.date(2026, 3, 16)),
    )
    # A contest whose rounds all ran the year before is not this period's.
    past = ContestPageFactory(unit=justice_department)
    QuizPageFactory(
        parent=past, opens_at=at(datetime.date(2025, 3, 1)), closes_at=at(datetime.date(2025, 3, 8))
    )
    ward_people = ParticipantFactory.create_batch(3, unit=ward)
    outsider = ParticipantFactory(unit=justice_department)
    for number, person in enumerate([*ward_people, outsider], start=1):
        started = at(datetime.date(2026, 3, 10))
        Attempt.objects.create(
            quiz=second_round,
            participant=person,
            number=1,
            started_at=started,
            deadline=started + datetime.timedelta(minutes=30),
            finished_at=started + datetime.timedelta(minutes=number),
            finish=Attempt.Finish.SUBMITTED,
            score=10,
        )
    unfinished = ParticipantFactory(unit=ward)
    Attempt.objects.create(
        quiz=second_round,
        participant=unfinished,
        number=1,
        started_at=at(datetime.date(2026, 3, 10)),
        deadline=at(datetime.date(2026, 3, 10), 10),
    )

    computed = automatic_figures(
        period, period.template.indicators(), [ward.pk, justice_department.pk]
    )
    by_code = {indicator.code: indicator.pk for indicator in period.template.indicators()}

    assert computed[by_code["09c.cuoc_thi"]] == {justice_department.pk: 1, ward.pk: 0}
    assert computed[by_code["09c.cuoc_thi.truc_tuyen"]][justice_department.pk] == 1
    assert computed[by_code["09c.luot_du_thi"]] == {ward.pk: 3, justice_department.pk: 1}


def test_a_six_month_period_counts_its_own_half_only(template, ward, ward_reporter):
    first_half = Period.objects.create(
        name="6 tháng đầu năm 2026",
        slug="2026-6-thang",
        kind=Period.Kind.SIX_MONTH,
        start=datetime.date(2026, 1, 1),
        end=datetime.date(2026, 6, 30),
        deadline=datetime.date(2026, 7, 10),
        template=template,
    )
    first_half.units.set([ward])
    activity(ward, ActivityRecord.Kind.DIRECT, datetime.date(2026, 6, 30), participants=10)
    activity(ward, ActivityRecord.Kind.DIRECT, datetime.date(2026, 7, 1), participants=20)

    figures = figures_of(workflow.open_report(first_half, ward, ward_reporter))
    assert figures["09b.cuoc"] == 1
    assert figures["09b.luot_nguoi"] == 10
