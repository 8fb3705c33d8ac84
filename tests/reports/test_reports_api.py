"""``/api/reports/``: read-only statistics for the admin's signed-in users and for other
systems with a key; reviewers see the province, a unit's reporters their own units."""

import datetime
import io

import pytest

from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import Unit
from reports.models import ReportsAPIToken
from tests.factories import UnitFactory, UserFactory
from tests.reports.conftest import reporter_of
from tests.reports.sent_reports import FORMULA_EXPLANATION, province, send_report

PERIOD = "/api/reports/periods/2026-chinh-thuc"


@pytest.fixture
def filed(period, ward, justice_department, ward_reporter, justice_reporter, reviewer):
    return province(period, ward, justice_department, ward_reporter, justice_reporter, reviewer)


def bearer(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def make_key(username, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("reports_api_token", "--user", username, *args, stdout=out, stderr=err)
    return out.getvalue().strip(), err.getvalue()


@pytest.mark.parametrize(
    "path",
    [
        "/api/reports/periods",
        f"{PERIOD}/totals",
        f"{PERIOD}/units",
        f"{PERIOD}/units/phuong-ha-long",
    ],
)
def test_nothing_without_credentials(client, filed, path):
    response = client.get(path)
    assert response.status_code == 401
    assert response.json() == {"detail": "Cần đăng nhập."}


def test_a_reviewer_signed_in_to_the_admin_reads_the_province(client, filed, reviewer):
    client.force_login(reviewer)
    periods = client.get("/api/reports/periods").json()
    assert [period["slug"] for period in periods] == ["2026-chinh-thuc", "2025-chinh-thuc"]
    assert periods[0] == {
        "slug": "2026-chinh-thuc",
        "name": "Năm 2026 (chính thức)",
        "kind": "official_annual",
        "kind_label": "Năm (chính thức)",
        "start": "2026-01-01",
        "end": "2026-12-31",
        "deadline": "2026-11-14",
        "template": "2025",
        "compared_with": None,
    }

    response = client.get(f"{PERIOD}/totals")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    totals = response.json()
    assert (totals["submitted"], totals["late"]) == (
        ["phuong-ha-long", "so-tu-phap"],
        ["so-tu-phap"],
    )
    assert totals["missing"] == [filed.formula_unit.slug]
    bcv = next(line for line in totals["indicators"] if line["code"] == "09a.bcv")
    assert bcv == {
        "code": "09a.bcv",
        "name": "Số báo cáo viên pháp luật",
        "unit": "người",
        "total": 42,
        "previous_total": 10,
        "by_unit": {"phuong-ha-long": 12, "so-tu-phap": 30},
        "automatic": False,
    }

    standings = {row["unit"]["slug"]: row for row in client.get(f"{PERIOD}/units").json()}
    assert set(standings) == {"phuong-ha-long", "so-tu-phap", filed.formula_unit.slug}
    justice = standings["so-tu-phap"]
    assert (justice["status"], justice["late"], justice["due"]) == ("submitted", True, True)
    assert justice["first_submitted_at"] == "2026-11-20T09:30:00+07:00"
    missing = standings[filed.formula_unit.slug]
    assert (missing["status"], missing["status_label"], missing["first_submitted_at"]) == (
        "missing",
        "Chưa lập báo cáo",
        None,
    )

    report = client.get(f"{PERIOD}/units/phuong-ha-long").json()
    assert (report["status"], report["late"], report["notes"]) == (
        "submitted",
        False,
        "Đã tổ chức tốt Ngày Pháp luật.",
    )
    sessions = next(figure for figure in report["figures"] if figure["code"] == "09b.cuoc")
    assert sessions == {
        "code": "09b.cuoc",
        "name": "Số cuộc PBGDPL trực tiếp",
        "unit": "cuộc",
        "form": "09b/BTP/PBGDPL",
        "part_of": None,
        "automatic": True,
        "computed": 1,
        "entered": 5,
        "value": 5,
        "explanation": FORMULA_EXPLANATION,
    }
    online = next(f for f in report["figures"] if f["code"] == "09b.cuoc.truc_tuyen")
    assert online["part_of"] == "09b.cuoc"


def test_a_reporter_sees_only_their_units_report_and_no_province_totals(
    client, filed, ward_reporter
):
    client.force_login(ward_reporter)
    assert client.get("/api/reports/periods").status_code == 200
    response = client.get(f"{PERIOD}/totals")
    assert response.status_code == 403
    assert response.json() == {
        "detail": "Chỉ Sở Tư pháp (người tổng hợp thống kê) xem được số liệu tổng hợp của tỉnh."
    }
    standings = client.get(f"{PERIOD}/units").json()
    assert [row["unit"]["slug"] for row in standings] == ["phuong-ha-long"]
    assert client.get(f"{PERIOD}/units/phuong-ha-long").status_code == 200
    other = client.get(f"{PERIOD}/units/so-tu-phap")
    assert other.status_code == 403
    assert other.json() == {"detail": "Bạn không xem được báo cáo của Sở Tư pháp."}


def test_someone_who_neither_prepares_nor_reviews_reports_is_refused(client, filed, ward_editor):
    client.force_login(ward_editor)
    response = client.get("/api/reports/periods")
    assert response.status_code == 403
    assert (
        response.json()["detail"] == "Tài khoản này không lập hay tổng hợp báo cáo thống kê PBGDPL."
    )


def test_unknown_periods_units_and_reports_not_yet_started_are_404(client, filed, reviewer):
    client.force_login(reviewer)
    for path, detail in [
        ("/api/reports/periods/2030/totals", "Không có kỳ báo cáo mã “2030”."),
        (f"{PERIOD}/units/khong-co", "Không có đơn vị mã “khong-co”."),
        (f"{PERIOD}/units/{filed.formula_unit.slug}", None),
    ]:
        response = client.get(path)
        assert response.status_code == 404
        if detail:
            assert response.json() == {"detail": detail}


def test_a_key_acts_as_its_user_and_notes_when_it_was_used(client, filed, reviewer):
    key, told = make_key("tonghop.stp", "--name", "Hệ thống báo cáo của tỉnh")
    assert key.startswith("tk_")
    assert "chỉ hiện một lần" in told
    token = ReportsAPIToken.objects.get()
    # Only a hash is kept.
    assert key not in (token.digest, token.hint) and token.hint == key[:9]
    assert token.name == "Hệ thống báo cáo của tỉnh"
    assert token.last_used_at is None

    response = client.get(f"{PERIOD}/totals", **bearer(key))
    assert response.status_code == 200
    assert response.json()["period"] == "2026-chinh-thuc"
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_a_reporters_key_reads_only_their_unit(client, filed, ward_reporter):
    key, _told = make_key("thongke.halong")
    assert client.get(f"{PERIOD}/totals", **bearer(key)).status_code == 403
    assert client.get(f"{PERIOD}/units/phuong-ha-long", **bearer(key)).status_code == 200
    assert client.get(f"{PERIOD}/units/so-tu-phap", **bearer(key)).status_code == 403


def test_a_revoked_or_wrong_key_is_401(client, filed, reviewer):
    key, _told = make_key("tonghop.stp")
    out = io.StringIO()
    call_command("reports_api_token", "--user", "tonghop.stp", "--revoke", stdout=out)
    assert out.getvalue() == "Đã thu hồi 1 mã truy cập của “tonghop.stp”.\n"
    for credentials in [key, "tk_khong-dung"]:
        response = client.get("/api/reports/periods", **bearer(credentials))
        assert response.status_code == 401
        assert response.json() == {
            "detail": "Mã truy cập API thống kê không đúng, hoặc đã bị thu hồi."
        }


def test_a_key_of_a_deactivated_user_is_401(client, filed, reviewer):
    key, _told = make_key("tonghop.stp")
    type(reviewer).objects.filter(pk=reviewer.pk).update(is_active=False)
    assert client.get("/api/reports/periods", **bearer(key)).status_code == 401


def test_last_use_is_written_at_most_once_a_minute(filed, reviewer):
    token, key = ReportsAPIToken.issue(reviewer)
    first = timezone.now()
    assert ReportsAPIToken.user_for(key, now=first) == reviewer
    ReportsAPIToken.user_for(key, now=first + datetime.timedelta(seconds=30))
    token.refresh_from_db()
    assert token.last_used_at == first
    later = first + datetime.timedelta(minutes=2)
    ReportsAPIToken.user_for(key, now=later)
    token.refresh_from_db()
    assert token.last_used_at == later


def test_keys_are_only_made_for_active_people_who_compile_statistics(filed, ward_editor):
    with pytest.raises(CommandError, match="không lập hay tổng hợp"):
        make_key("bientap.halong")
    with pytest.raises(CommandError, match="Không có người dùng “ai-do”"):
        make_key("ai-do")
    UserFactory(username="nghi.viec", is_active=False)
    with pytest.raises(CommandError, match="đang bị khoá"):
        make_key("nghi.viec")


def test_the_openapi_document_lists_the_endpoints_and_their_schemes(client):
    document = client.get("/api/openapi.json").json()
    paths = {path for path in document["paths"] if path.startswith("/api/reports/")}
    assert paths == {
        "/api/reports/periods",
        "/api/reports/periods/{slug}/totals",
        "/api/reports/periods/{slug}/units",
        "/api/reports/periods/{slug}/units/{unit_slug}",
    }
    for path in paths:
        operation = document["paths"][path]["get"]
        assert operation["tags"] == ["Thống kê PBGDPL"]
        assert operation["security"] == [{"SessionAuth": []}, {"ReportsKey": []}]
        assert {"200", "401", "403", "404"} <= set(operation["responses"])
    schemes = document["components"]["securitySchemes"]
    assert schemes["SessionAuth"] == {"type": "apiKey", "in": "cookie", "name": "sessionid"}
    assert (schemes["ReportsKey"]["type"], schemes["ReportsKey"]["scheme"]) == ("http", "bearer")


def test_the_totals_cost_as_many_queries_for_more_units(client, filed, reviewer, period):
    client.force_login(reviewer)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"{PERIOD}/totals").status_code == 200
        return len(captured)

    before = queries()
    for n in range(5):
        unit = UnitFactory(name=f"Xã thêm {n}", kind=Unit.Kind.COMMUNE)
        period.units.add(unit)
        send_report(period, unit, reporter_of(unit, f"thongke.them{n}"), {"09a.bcv": n})
    assert queries() == before
