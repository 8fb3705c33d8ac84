"""The moderation queue and a question's screen in the admin: who sees what, filters,
waiting times and overdue marks, masked contacts, and moves made from the screen that
keep what was typed when they fail."""

import datetime
import json
import re

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import rich_text

from qa import moderation
from qa.models import Question

from ..factories import LegalFieldFactory, QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db

Status = Question.Status
REVIEWERS = "Thống kê PBGDPL: Sở Tư pháp tổng hợp"


def refused(response):
    """Wagtail answers a refusal by sending the person back to the dashboard."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def messages_of(response):
    return [str(message) for message in response.wsgi_request._messages]


def screen(question):
    return reverse("qa_question", args=[question.pk])


def references(*rows):
    data = {
        "references-TOTAL_FORMS": str(max(len(rows), 1)),
        "references-INITIAL_FORMS": "0",
        "references-MIN_NUM_FORMS": "0",
        "references-MAX_NUM_FORMS": "30",
        "references-0-document": "",
        "references-0-article": "",
    }
    for index, (document, article) in enumerate(rows):
        data[f"references-{index}-document"] = str(document.pk) if document else ""
        data[f"references-{index}-article"] = article
    return data


@pytest.fixture
def staff_without_contact(db):
    """A board member for whom the administrators took away the asker's contact."""
    user = UserFactory(username="bbt.khongxemlienhe")
    group = Group.objects.create(name="Điều phối hỏi đáp")
    group.permissions.add(
        *Group.objects.get(name="Ban Biên tập").permissions.exclude(codename="view_asker_contact")
    )
    user.groups.add(group)
    return user


def sidebar(client):
    """The sidebar's menus: JSON in the page, drawn by the browser."""
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S)
    return json.dumps(json.loads(props.group(1)), ensure_ascii=False)


def test_the_menu_shows_to_the_board_and_to_units_editors(
    client, board_member, justice_editor, superuser
):
    for user in (board_member, justice_editor, superuser):
        client.force_login(user)
        menu = sidebar(client)
        group = menu[menu.index("Hỏi đáp pháp luật") :]
        assert "Câu hỏi của người dân" in group and "Giao lưu trực tuyến" in group
    client.force_login(UserFactory(username="thongke", groups=[Group.objects.get(name=REVIEWERS)]))
    assert "Câu hỏi của người dân" not in sidebar(client)


def test_people_without_a_queue_are_refused(client, asked):
    # The statistics' reviewers use the admin, but moderate no question.
    client.force_login(UserFactory(username="thongke", groups=[Group.objects.get(name=REVIEWERS)]))
    assert refused(client.get(reverse("qa_queue")))
    assert refused(client.get(screen(asked)))
    assert refused(client.get(reverse("qa_exchanges")))
    # Someone without the admin, or not signed in, is sent to sign in.
    for user in (UserFactory(username="nguoidan"), None):
        if user is None:
            client.logout()
        else:
            client.force_login(user)
        response = client.get(reverse("qa_queue"))
        assert response.status_code == 302 and "/login/" in response.url


def test_the_board_sees_every_question_and_a_unit_its_own(
    client, assigned, board_member, justice_editor, ward_editor, ward
):
    other = QuestionFactory(text="Câu hỏi về hộ tịch giao phường", unit=ward, status="assigned")
    client.force_login(board_member)
    board_queue = client.get(reverse("qa_queue")).content.decode()
    assert assigned.tracking_code in board_queue and other.tracking_code in board_queue

    client.force_login(justice_editor)
    unit_queue = client.get(reverse("qa_queue")).content.decode()
    assert assigned.tracking_code in unit_queue
    assert other.tracking_code not in unit_queue
    assert "Sở Tư pháp" in text_of(client.get(reverse("qa_queue")))
    # Another unit's question does not exist for them, on the screen or by posting to it.
    assert client.get(screen(other)).status_code == 404
    response = client.post(screen(other), {"move": "reject-reason", "reject-reason": "x"})
    assert response.status_code == 404

    client.force_login(ward_editor)
    assert client.get(screen(assigned)).status_code == 404


def test_filters_narrow_the_queue(client, board_member, assigned, asked, land_field, ward):
    family = LegalFieldFactory(name="Hôn nhân và gia đình")
    marriage = QuestionFactory(text="Thủ tục ly hôn thuận tình", legal_field=family)
    closed = QuestionFactory(text="Câu hỏi đã đóng", status=Status.REJECTED)
    client.force_login(board_member)

    def codes(**query):
        response = client.get(reverse("qa_queue"), query)
        return {
            code
            for code in (assigned.tracking_code, marriage.tracking_code, closed.tracking_code)
            if code in response.content.decode()
        }

    assert codes() == {assigned.tracking_code, marriage.tracking_code}
    assert codes(status="") == {
        assigned.tracking_code,
        marriage.tracking_code,
        closed.tracking_code,
    }
    assert codes(status="rejected") == {closed.tracking_code}
    assert codes(legal_field=family.pk) == {marriage.tracking_code}
    assert codes(unit=assigned.unit_id) == {assigned.tracking_code}
    assert codes(unassigned="on") == {marriage.tracking_code}
    assert codes(q="ly hôn") == {marriage.tracking_code}
    # A tracking code however it is typed.
    raw = assigned.tracking_code.replace("HD-", "").replace("-", " ").lower()
    assert codes(q=raw, status="") == {assigned.tracking_code}


def test_the_queue_shows_how_long_each_has_waited_and_marks_the_overdue(
    client, settings, board_member, assigned
):
    settings.QA_ANSWER_WITHIN_DAYS = 7
    late = QuestionFactory(
        text="Câu hỏi chờ lâu", waiting_since=timezone.now() - datetime.timedelta(days=9, hours=3)
    )
    Question.objects.filter(pk=assigned.pk).update(
        waiting_since=timezone.now() - datetime.timedelta(hours=5)
    )
    client.force_login(board_member)
    response = client.get(reverse("qa_queue"))
    soup = BeautifulSoup(response.content, "html.parser")
    rows = {
        row.find("small").get_text(" ", strip=True).split(" ")[0]: row
        for row in soup.select("table.qa-table tbody tr")
    }
    late_row, recent_row = rows[late.tracking_code], rows[assigned.tracking_code]
    assert "9 ngày 3 giờ" in late_row.get_text() and "Quá hạn" in late_row.get_text()
    assert "5 giờ" in recent_row.get_text() and "Quá hạn" not in recent_row.get_text()
    # Who has waited longest comes first, and the board sees the overdue above the list.
    assert list(rows)[0] == late.tracking_code
    overdue = soup.select_one(".qa-overdue-list")
    assert "1 câu hỏi quá hạn trả lời" in overdue.get_text()
    assert late.tracking_code in overdue.get_text()
    only_overdue = client.get(reverse("qa_queue"), {"overdue": "on", "status": ""})
    assert late.tracking_code in only_overdue.content.decode()
    assert assigned.tracking_code not in only_overdue.content.decode()


def test_the_asker_is_masked_unless_the_reader_may_see_them(
    client, assigned, board_member, justice_editor, staff_without_contact
):
    client.force_login(justice_editor)
    page = text_of(client.get(screen(assigned)))
    assert "Nguyễn T. H." in page and "09•••••678" in page
    assert "0912345678" not in page and "Nguyễn Thị Hoa ·" not in page
    assert "Họ tên và liên hệ được che" in page

    client.force_login(staff_without_contact)
    assert "0912345678" not in client.get(screen(assigned)).content.decode()

    client.force_login(board_member)
    page = text_of(client.get(screen(assigned)))
    assert "Nguyễn Thị Hoa · Số điện thoại: 0912345678" in page


def test_the_screen_shows_the_question_its_links_and_history(
    client, assigned, board_member, qa_index
):
    from ..factories import QuestionAnswerPageFactory

    earlier = QuestionFactory(text="Câu hỏi cũ cùng nội dung")
    published = QuestionAnswerPageFactory(parent=qa_index, title="Chuyển nhượng đất chưa có sổ")
    Question.objects.filter(pk=assigned.pk).update(duplicate_of=earlier, similar_answer=published)
    client.force_login(board_member)
    response = client.get(screen(assigned))
    page = text_of(response)
    assert "Đất đai" in page and "Phường Hạ Long" in page and "Cổng PBGDPL" in page
    assert "Gia đình tôi muốn chuyển nhượng mảnh đất" in page
    assert f"Giống câu hỏi {earlier.tracking_code}" in page
    assert f'href="{screen(earlier)}"' in response.content.decode()
    assert f'href="{published.url}"' in response.content.decode()
    assert "Giao đơn vị (banbientap): Sở Tư pháp" in page


def test_the_unit_answers_with_an_article_from_the_screen(
    client, assigned, justice_editor, land_law, sms_outbox, django_capture_on_commit_callbacks
):
    client.force_login(justice_editor)
    assert client.get(screen(assigned)).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            screen(assigned),
            {
                "move": "answer",
                "answer-answer": rich_text("<p>Theo Điều 45, cần có giấy chứng nhận.</p>"),
                **references((land_law, "dieu-45")),
            },
        )
    assert response.status_code == 302
    question = Question.objects.get(pk=assigned.pk)
    assert question.status == Status.ANSWERED
    assert "Điều 45, cần có giấy chứng nhận" in question.answer
    assert question.references.get().article_label.startswith("Điều 45.")
    assert len(sms_outbox) == 1
    assert any("Người hỏi sẽ được báo" in m for m in messages_of(response))
    # The article list of the answer form is filled from the document.
    again = client.get(screen(question))
    soup = BeautifulSoup(again.content, "html.parser")
    options = [o["value"] for o in soup.select("select[name='references-0-article'] option")]
    assert options == ["", "dieu-1", "dieu-27", "dieu-45"]


def test_a_wrong_article_keeps_the_answer_typed(client, assigned, justice_editor, land_law):
    client.force_login(justice_editor)
    response = client.post(
        screen(assigned),
        {
            "move": "answer",
            "answer-answer": rich_text("<p>Câu trả lời dài đã soạn kỹ.</p>"),
            **references((land_law, "dieu-999")),
        },
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    typed = json.loads(soup.select_one("input[name='answer-answer']")["value"])
    assert typed["blocks"][0]["text"] == "Câu trả lời dài đã soạn kỹ."
    assert "Văn bản đã chọn không có điều này" in soup.select_one(".qa-references").get_text()
    assert Question.objects.get(pk=assigned.pk).status == Status.ASSIGNED


def test_a_refusal_without_reason_says_so_beside_the_box(client, assigned, justice_editor):
    client.force_login(justice_editor)
    response = client.post(screen(assigned), {"move": "reject", "reject-reason": "   "})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.find(id="move-reject").parent
    assert "Trường này là bắt buộc." in section.get_text()
    assert Question.objects.get(pk=assigned.pk).status == Status.ASSIGNED


def test_a_clarification_typed_is_kept_when_the_move_fails(client, assigned, justice_editor):
    # The board sends the question elsewhere while the editor types.
    moderation.return_to_board(assigned, justice_editor, "Không thuộc đơn vị")
    client.force_login(justice_editor)
    response = client.post(
        screen(assigned), {"move": "clarify", "clarify-message": "Cho biết diện tích"}
    )
    # The question left the unit: it is not found any more.
    assert response.status_code == 404


def test_a_move_no_longer_possible_is_explained(client, assigned, board_member, justice_editor):
    moderation.reject(assigned, board_member, "Trùng câu hỏi khác.")
    client.force_login(justice_editor)
    response = client.post(
        screen(assigned), {"move": "clarify", "clarify-message": "Cho biết diện tích"}
    )
    assert response.status_code == 302
    assert any("“Không tiếp nhận”, không thể" in m for m in messages_of(response))


def test_the_board_assigns_and_the_unit_returns_from_the_screen(
    client, asked, board_member, justice_editor, justice_department
):
    client.force_login(board_member)
    response = client.post(
        screen(asked),
        {"move": "assign", "assign-unit": justice_department.pk, "assign-message": ""},
    )
    assert response.status_code == 302
    assert Question.objects.get(pk=asked.pk).unit == justice_department

    client.force_login(justice_editor)
    response = client.post(screen(asked), {"move": "return", "return-message": "Câu hỏi về thuế."})
    assert response.status_code == 302 and response.url == reverse("qa_queue")
    question = Question.objects.get(pk=asked.pk)
    assert (question.status, question.unit) == (Status.NEW, None)


def test_only_allowed_moves_have_forms(client, assigned, board_member, justice_editor):
    client.force_login(justice_editor)
    soup = BeautifulSoup(client.get(screen(assigned)).content, "html.parser")
    offered = {field["value"] for field in soup.select("input[name='move']")}
    assert offered == {"answer", "clarify", "return", "reject"}
    client.force_login(board_member)
    soup = BeautifulSoup(client.get(screen(assigned)).content, "html.parser")
    assert {field["value"] for field in soup.select("input[name='move']")} == {
        "answer",
        "clarify",
        "assign",
        "reject",
    }


def test_the_dashboard_counts_the_readers_questions(
    client, settings, board_member, justice_editor, assigned
):
    settings.QA_ANSWER_WITHIN_DAYS = 7
    QuestionFactory(waiting_since=timezone.now() - datetime.timedelta(days=10))
    client.force_login(board_member)
    panel = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    counts = panel.select_one(".qa-panel").get_text(" ", strip=True)
    assert "1 chưa giao đơn vị" in counts
    assert "1 đã giao, chờ trả lời" in counts
    assert "1 quá hạn trả lời" in counts

    client.force_login(justice_editor)
    panel = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    counts = panel.select_one(".qa-panel").get_text(" ", strip=True)
    assert "chưa giao đơn vị" not in counts
    assert "1 đã giao, chờ trả lời" in counts and "0 quá hạn trả lời" in counts


def test_the_articles_of_a_document_for_the_answer_form(client, justice_editor, land_law):
    client.force_login(justice_editor)
    response = client.get(reverse("qa_document_articles", args=[land_law.pk]))
    assert response.json()["articles"][1] == {
        "anchor": "dieu-27",
        "label": "Điều 27. Quyền chuyển đổi, chuyển nhượng quyền sử dụng đất",
    }


def test_the_screens_speak_vietnamese(
    client, assigned, board_member, justice_editor, qa_index, justice_department
):
    from tests.cms.admin_walk import untranslated

    from ..factories import ExchangePageFactory

    exchange = ExchangePageFactory(parent=qa_index, unit=justice_department)
    QuestionFactory(exchange=exchange, channel="exchange")
    found = []
    for user in (board_member, justice_editor):
        client.force_login(user)
        for url in (
            reverse("qa_queue"),
            screen(assigned),
            reverse("qa_exchanges"),
            reverse("qa_exchange", args=[exchange.pk]),
            reverse("wagtailadmin_home"),
        ):
            response = client.get(url)
            assert response.status_code == 200, url
            found += [f"{user}, {url}: {text}" for text in untranslated(response.content.decode())]
    assert not found, "\n".join(found)
