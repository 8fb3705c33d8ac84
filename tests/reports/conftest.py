import datetime

import pytest

from django.contrib.auth.models import Group

from home.models import Unit
from reports import roles
from reports.models import IndicatorTemplate, Period
from tests.factories import UnitFactory, UserFactory


@pytest.fixture
def template(db):
    """The template the migration loads: forms 09a–09e and the plan's indicators."""
    return IndicatorTemplate.objects.get(version="2025")


@pytest.fixture
def indicators(template):
    """{code: indicator} of the template."""
    return {indicator.code: indicator for indicator in template.indicators()}


@pytest.fixture
def period(template, justice_department, ward):
    """The 2026 official annual period; the Department of Justice and Phường Hạ Long
    must report; the deadline is 14 November 2026."""
    period = Period.objects.create(
        name="Năm 2026 (chính thức)",
        slug="2026-chinh-thuc",
        kind=Period.Kind.OFFICIAL_ANNUAL,
        start=datetime.date(2026, 1, 1),
        end=datetime.date(2026, 12, 31),
        deadline=datetime.date(2026, 11, 14),
        template=template,
    )
    period.units.set([justice_department, ward])
    return period


@pytest.fixture
def other_ward(db):
    return UnitFactory(name="Xã Cô Tô", kind=Unit.Kind.COMMUNE)


def reporter_of(unit, username):
    return UserFactory(
        username=username,
        email=f"{username}@example.vn",
        groups=[unit.editors_group, Group.objects.get(name=roles.REPORTERS_GROUP)],
    )


@pytest.fixture
def ward_reporter(ward):
    return reporter_of(ward, "thongke.halong")


@pytest.fixture
def justice_reporter(justice_department):
    return reporter_of(justice_department, "thongke.stp")


@pytest.fixture
def reviewer(db):
    """Someone of the Department of Justice who compiles the statistics."""
    return UserFactory(
        username="tonghop.stp", groups=[Group.objects.get(name=roles.REVIEWERS_GROUP)]
    )
