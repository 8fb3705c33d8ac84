"""The board downloads the queue as CSV: the screen's filters applied, readable in Excel,
no cell that runs as a formula, and askers masked for whoever may not see them."""

import csv
import io

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from qa.models import Question

from ..factories import QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db


def download(client, **query):
    response = client.get(reverse("qa_queue_export"), query)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="cau-hoi-')
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(content[1:])))


@pytest.fixture
def coordinator(db):
    """Moderates without reading askers' contacts."""
    user = UserFactory(username="dieuphoi")
    group = Group.objects.create(name="Điều phối hỏi đáp")
    group.permissions.add(
        *Group.objects.get(name="Ban Biên tập").permissions.exclude(codename="view_asker_contact")
    )
    user.groups.add(group)
    return user


def test_the_board_downloads_the_filtered_queue(client, board_member, assigned, land_field):
    QuestionFactory(text="Câu hỏi đã đóng", status=Question.Status.REJECTED)
    client.force_login(board_member)
    (row,) = download(client, legal_field=land_field.pk)
    assert row["Mã tra cứu"] == assigned.tracking_code
    assert row["Trạng thái"] == "Đã giao đơn vị"
    assert row["Đơn vị trả lời"] == "Sở Tư pháp"
    assert row["Lĩnh vực"] == "Đất đai"
    assert row["Người hỏi"] == "Nguyễn Thị Hoa"
    assert row["Liên hệ"] == "0912345678"
    assert "0912 345 678" in row["Nội dung câu hỏi"]
    assert len(download(client, status="")) == 2


def test_without_the_permission_the_asker_is_masked_even_in_the_text(client, coordinator, assigned):
    client.force_login(coordinator)
    (row,) = download(client)
    assert row["Người hỏi"] == "Nguyễn T. H."
    assert row["Liên hệ"] == "09•••••678"
    assert "0912" not in row["Nội dung câu hỏi"] and "Nguyễn Thị Hoa" not in row["Nội dung câu hỏi"]
    assert "[đã ẩn]" in row["Nội dung câu hỏi"]


def test_a_typed_formula_stays_text(client, board_member):
    QuestionFactory(title='=HYPERLINK("http://evil.example","Bấm vào")', text="+cmd|' /C calc'!A0")
    client.force_login(board_member)
    (row,) = download(client)
    assert row["Tiêu đề"].startswith("'=HYPERLINK")
    assert row["Nội dung câu hỏi"].startswith("'+cmd")


def test_only_the_board_exports(client, justice_editor, assigned):
    client.force_login(justice_editor)
    response = client.get(reverse("qa_queue_export"))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
