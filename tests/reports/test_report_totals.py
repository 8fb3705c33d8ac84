"""``manage.py report_totals``: the periods' slugs, and a period's totals as JSON or as
the forms' workbook, with clear refusals."""

import io
import json

import pytest
from openpyxl import load_workbook

from django.core.management import CommandError, call_command

from tests.reports.sent_reports import FORMULA_NAME, province

INDICATOR_KEYS = {"code", "name", "unit", "total", "previous_total", "by_unit", "automatic"}


@pytest.fixture
def filed(period, ward, justice_department, ward_reporter, justice_reporter, reviewer):
    return province(period, ward, justice_department, ward_reporter, justice_reporter, reviewer)


def run(*args):
    out = io.StringIO()
    call_command("report_totals", *args, stdout=out)
    return out.getvalue()


def test_list_prints_the_periods_slugs_newest_first(filed):
    assert run("--list") == "2026-chinh-thuc\n2025-chinh-thuc\n"


def test_json_holds_the_statuses_and_every_indicator_of_the_template(filed, template):
    data = json.loads(run("--period", "2026-chinh-thuc", "--format", "json"))
    formula_slug = filed.formula_unit.slug
    assert {key: data[key] for key in data if key != "indicators"} == {
        "period": "2026-chinh-thuc",
        "period_name": "Năm 2026 (chính thức)",
        "deadline": "2026-11-14",
        "submitted": ["phuong-ha-long", "so-tu-phap"],
        "late": ["so-tu-phap"],
        "missing": [formula_slug],
    }
    assert [line["code"] for line in data["indicators"]] == [
        indicator.code for indicator in template.indicators()
    ]
    assert all(set(line) == INDICATOR_KEYS for line in data["indicators"])
    by_code = {line["code"]: line for line in data["indicators"]}
    assert by_code["09a.bcv"] == {
        "code": "09a.bcv",
        "name": "Số báo cáo viên pháp luật",
        "unit": "người",
        "total": 42,
        "previous_total": 10,
        "by_unit": {"phuong-ha-long": 12, "so-tu-phap": 30},
        "automatic": False,
    }
    sessions = by_code["09b.cuoc"]
    assert (sessions["automatic"], sessions["total"]) == (True, 5)
    # The Department of Justice's computed figure was frozen at 0 when it sent.
    assert sessions["by_unit"] == {"phuong-ha-long": 5, "so-tu-phap": 0}
    assert by_code["09e.khac"]["by_unit"] == {"phuong-ha-long": 500_000}


def test_json_is_utf8_without_escapes_and_json_is_the_default(filed):
    printed = run("--period", "2026-chinh-thuc")
    assert "Năm 2026 (chính thức)" in printed
    assert "\\u" not in printed


def test_json_can_be_written_to_a_file(filed, tmp_path):
    target = tmp_path / "tong-hop.json"
    message = run("--period", "2026-chinh-thuc", "--output", str(target))
    assert str(target) in message
    assert json.loads(target.read_text(encoding="utf-8"))["period"] == "2026-chinh-thuc"


def test_xlsx_is_written_to_a_file(filed, tmp_path):
    target = tmp_path / "tong-hop.xlsx"
    run("--period", "2026-chinh-thuc", "--format", "xlsx", "--output", str(target))
    book = load_workbook(target)
    assert book.sheetnames[:2] == ["Tổng hợp", "09a"]
    assert any(cell.value == f"'{FORMULA_NAME}" for cell in book["09a"]["B"])


def test_xlsx_goes_to_standard_output_only_when_it_holds_bytes(filed):
    redirected = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    call_command(
        "report_totals", "--period", "2026-chinh-thuc", "--format", "xlsx", stdout=redirected
    )
    redirected.flush()
    assert load_workbook(io.BytesIO(redirected.buffer.getvalue())).sheetnames[0] == "Tổng hợp"
    with pytest.raises(CommandError, match="--output"):
        run("--period", "2026-chinh-thuc", "--format", "xlsx")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2030"], "Không có kỳ báo cáo mã “2030”"),
        (["--format", "json"], "Cần --period"),
        (["--period", "2026-chinh-thuc", "--format", "pdf"], "Định dạng “pdf” không hỗ trợ"),
        (
            ["--period", "2026-chinh-thuc", "--output", "/khong-co/thu-muc/a.json"],
            "Không có thư mục “/khong-co/thu-muc”",
        ),
    ],
)
def test_mistakes_are_explained(filed, args, message):
    with pytest.raises(CommandError, match=message):
        run(*args)
