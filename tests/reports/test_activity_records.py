"""Unit staff record their activities in the admin, and see only their units' records."""

import datetime

import pytest

from django.urls import reverse

from reports.models import ActivityRecord

pytestmark = pytest.mark.django_db


def record(unit, title, **kwargs):
    return ActivityRecord.objects.create(
        unit=unit,
        kind="direct",
        title=title,
        date=datetime.date(2026, 5, 5),
        place="Nhà văn hoá",
        **kwargs,
    )


def form_data(unit, **overrides):
    data = {
        "unit": unit.pk,
        "kind": "training",
        "title": "Tập huấn kỹ năng PBGDPL cho tuyên truyền viên",
        "date": "2026-05-20",
        "end_date": "2026-05-21",
        "place": "Trung tâm Chính trị thị xã",
        "link": "",
        "participants": "85",
        "presenters": "3",
        "notes": "",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_a_reporter_records_an_activity_for_their_unit(client, ward, ward_reporter):
    client.force_login(ward_reporter)
    add = reverse("reports_activities:add")
    page = client.get(add).content.decode()
    assert "Phường Hạ Long" in page
    assert "Sở Tư pháp" not in page  # only their own units to choose from

    response = client.post(add, form_data(ward))
    assert response.status_code == 302
    saved = ActivityRecord.objects.get()
    assert (saved.unit, saved.participants, saved.created_by) == (ward, 85, ward_reporter)


def test_an_activity_cannot_be_filed_under_another_unit(client, ward_reporter, justice_department):
    client.force_login(ward_reporter)
    response = client.post(reverse("reports_activities:add"), form_data(justice_department))
    assert response.status_code == 200
    assert not ActivityRecord.objects.exists()


def test_an_activity_in_person_needs_its_place_and_an_online_one_its_link(
    client, ward, ward_reporter
):
    client.force_login(ward_reporter)
    response = client.post(reverse("reports_activities:add"), form_data(ward, place=""))
    assert "Ghi địa điểm, hoặc đánh dấu “trực tuyến” và ghi đường dẫn." in response.content.decode()
    response = client.post(
        reverse("reports_activities:add"), form_data(ward, place="", online="on")
    )
    assert "Hoạt động trực tuyến cần đường dẫn" in response.content.decode()
    assert not ActivityRecord.objects.exists()


def test_staff_see_and_change_only_their_units_records(
    client, ward, justice_department, ward_reporter
):
    own = record(ward, "Hội nghị phường")
    other = record(justice_department, "Hội nghị của Sở")
    client.force_login(ward_reporter)

    listing = client.get(reverse("reports_activities:index")).content.decode()
    assert "Hội nghị phường" in listing
    assert "Hội nghị của Sở" not in listing
    assert client.get(reverse("reports_activities:edit", args=[own.pk])).status_code == 200
    assert client.get(reverse("reports_activities:edit", args=[other.pk])).status_code == 404
    assert client.post(reverse("reports_activities:delete", args=[other.pk])).status_code == 404
    assert ActivityRecord.objects.filter(pk=other.pk).exists()


def test_the_department_sees_every_units_records(client, ward, justice_department, reviewer):
    record(ward, "Hội nghị phường")
    record(justice_department, "Hội nghị của Sở")
    client.force_login(reviewer)
    listing = client.get(reverse("reports_activities:index")).content.decode()
    assert "Hội nghị phường" in listing
    assert "Hội nghị của Sở" in listing
