"""What organisers see in the admin, and the exports they download: personal data only
with the dedicated permission."""

import csv
import datetime
import io
import re

import pytest
from openpyxl import load_workbook

from django.contrib.auth.models import Permission
from django.utils import timezone

from quizzes import taking
from quizzes.models import ContestPrize
from quizzes.ranking import close_round
from tests.factories import ParticipantFactory, QuizPageFactory, UnitFactory, UserFactory
from tests.quizzes.conftest import ALL_RIGHT, answers


def staff(*codenames):
    user = UserFactory()
    wanted = ["access_admin", *codenames]
    user.user_permissions.add(*Permission.objects.filter(codename__in=wanted))
    return user


@pytest.fixture
def finished_round(db):
    """A closed round: An got everything right, Bình one question; Bình's name is a
    formula, which exports must show as text."""
    quiz = QuizPageFactory()
    ContestPrize.objects.create(contest=quiz.get_parent().specific, name="Giải Nhất", count=1)
    unit = UnitFactory(name="Phường Bãi Cháy")
    an = ParticipantFactory(full_name="Nguyễn Văn An", phone="0912345678", unit=unit)
    binh = ParticipantFactory(full_name='=HYPERLINK("http://x")', phone="0987654321", unit=unit)
    for person, places in [(an, ALL_RIGHT), (binh, [[0], [], [], []])]:
        attempt = taking.start(quiz.pk, person)
        taking.submit(attempt.pk, person, answers(attempt, places), prediction=1)
    type(quiz).objects.filter(pk=quiz.pk).update(closes_at=timezone.now())
    quiz.refresh_from_db()
    close_round(quiz, now=quiz.closes_at + datetime.timedelta(seconds=1))
    return quiz


def test_results_need_the_results_permission(client, finished_round):
    client.force_login(staff())
    # The admin sends whoever lacks a permission back to its dashboard.
    for url in [
        f"/admin/contests/{finished_round.pk}/",
        f"/admin/contests/{finished_round.pk}/results.xlsx",
    ]:
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_the_results_page_counts_and_masks_names_without_the_personal_permission(
    client, finished_round
):
    client.force_login(staff("view_attempt"))
    page = client.get(f"/admin/contests/{finished_round.pk}/").content.decode()
    assert "Nguyễn V. A." in page and "Nguyễn Văn An" not in page
    assert "Người dự thi: <strong>2</strong>" in page
    assert "Phường Bãi Cháy" in page  # participation by unit
    assert "2 (100%)" in page and "1 (50%)" in page  # per-question correctness
    listing = client.get("/admin/contests/").content.decode()
    assert finished_round.title in listing


def test_the_xlsx_export_opens_with_masked_rows_without_the_permission(client, finished_round):
    client.force_login(staff("view_attempt"))
    response = client.get(f"/admin/contests/{finished_round.pk}/results.xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Hạng", "Họ và tên", "Số điện thoại", "Đơn vị", "Điểm")
    assert "Số CCCD" not in rows[0]
    assert rows[1][:5] == (1, "Nguyễn V. A.", "09•••••678", "Phường Bãi Cháy", 16)
    assert rows[1][-1] == "Giải Nhất"
    assert len(rows) == 3


def test_the_exports_carry_personal_data_only_with_the_permission(client, finished_round):
    client.force_login(staff("view_attempt", "view_personal_data"))
    sheet = load_workbook(
        io.BytesIO(client.get(f"/admin/contests/{finished_round.pk}/results.xlsx").content)
    ).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-3:] == ("Ngày sinh", "Số CCCD", "Thư điện tử")
    assert rows[1][1:3] == ("Nguyễn Văn An", "0912345678")
    # A name that looks like a formula stays text in the workbook...
    formula_cell = list(sheet.iter_rows())[2][1]
    assert formula_cell.data_type == "s"
    assert formula_cell.value == '=HYPERLINK("http://x")'
    # ... and in the CSV, which Excel reads with its BOM.
    body = client.get(f"/admin/contests/{finished_round.pk}/results.csv").content
    assert body.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert table[1][1] == "Nguyễn Văn An" and table[2][1] == '\'=HYPERLINK("http://x")'
    assert len(table) == 3


def test_an_unknown_export_format_is_not_found(client, finished_round):
    client.force_login(staff("view_attempt"))
    assert client.get(f"/admin/contests/{finished_round.pk}/results.pdf").status_code == 404


def breadcrumb_links(html):
    """The (href, text) of the links in the page's breadcrumbs trail."""
    start = html.index('data-controller="w-breadcrumbs"')
    trail = html[start : html.index("</nav>", start)]
    return [
        (href, re.sub(r"<[^>]+>|\s+", " ", text).strip())
        for href, text in re.findall(r'<a[^>]*href="([^"]+)"[^>]*>(.*?)</a>', trail, re.S)
    ]


def test_results_pages_lead_back_to_the_round_the_contest_and_the_list(client, finished_round):
    client.force_login(staff("view_attempt"))
    contest = finished_round.get_parent()
    rounds_url, results_url = "/admin/contests/", f"/admin/contests/{finished_round.pk}/"
    contest_url = f"/admin/pages/{contest.pk}/edit/"

    results = client.get(results_url).content.decode()
    suspicious = client.get(f"{results_url}suspicious/").content.decode()
    listing = client.get(rounds_url).content.decode()

    assert [href for href, _ in breadcrumb_links(results)][-2:] == [rounds_url, contest_url]
    assert (contest_url, contest.title) in breadcrumb_links(results)
    assert [href for href, _ in breadcrumb_links(suspicious)][-3:] == [
        rounds_url,
        contest_url,
        results_url,
    ]
    assert (results_url, finished_round.title) in breadcrumb_links(suspicious)
    assert "/admin/" in [href for href, _ in breadcrumb_links(listing)]
