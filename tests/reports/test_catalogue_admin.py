"""The Department of Justice keeps periods, indicators and templates in the admin."""

import pytest

from django.urls import reverse

from home.models import Unit
from reports.models import Indicator, Period
from tests.factories import UnitFactory

pytestmark = pytest.mark.django_db


def test_a_new_period_gets_the_units_due_by_its_dates(client, reviewer, template, ward):
    department = UnitFactory(name="Sở Giáo dục và Đào tạo", kind=Unit.Kind.DEPARTMENT)
    district = UnitFactory(name="Huyện Tiên Yên (cũ)", kind=Unit.Kind.DISTRICT_HISTORICAL)
    client.force_login(reviewer)
    response = client.post(
        reverse("reports_period_admin:add"),
        {
            "name": "6 tháng đầu năm 2027",
            "slug": "2027-6-thang",
            "kind": "six_month",
            "start": "2027-01-01",
            "end": "2027-06-30",
            "deadline": "2027-07-10",
            "template": template.pk,
        },
    )
    assert response.status_code == 302
    period = Period.objects.get(slug="2027-6-thang")
    assert set(period.units.all()) == {department, ward}
    assert district not in period.units.all()


def test_an_indicator_names_its_source_from_the_list(client, reviewer, indicators):
    client.force_login(reviewer)
    page = client.get(reverse("reports_indicator_admin:add")).content.decode()
    assert 'value="publications.news"' in page
    assert "— Đơn vị tự nhập —" in page
    response = client.post(
        reverse("reports_indicator_admin:add"),
        {
            "code": "kh.hoi_dap",
            "name": "Số câu hỏi pháp luật được trả lời",
            "measure": "câu hỏi",
            "kind": "count",
            "form": indicators["kh.giao_luu"].form_id,
            "parent": "",
            "source": "",
            "description": "",
        },
    )
    assert response.status_code == 302
    assert Indicator.objects.get(code="kh.hoi_dap").source == ""


def test_an_indicator_code_is_plain_and_stable(client, reviewer, indicators):
    client.force_login(reviewer)
    response = client.post(
        reverse("reports_indicator_admin:add"),
        {
            "code": "Hỏi đáp",
            "name": "Hỏi đáp",
            "measure": "câu",
            "kind": "count",
            "form": indicators["kh.giao_luu"].form_id,
        },
    )
    assert response.status_code == 200
    assert "Mã chỉ gồm chữ thường không dấu" in response.content.decode()


def test_reporters_do_not_keep_the_catalogue(client, ward_reporter):
    client.force_login(ward_reporter)
    response = client.get(reverse("reports_period_admin:add"))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
