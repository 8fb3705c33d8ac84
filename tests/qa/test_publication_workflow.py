"""An answered question becomes a public page through the board's workflow: the unit
proposes it, the draft holds no personal data, the board approves and publishes, and
the question follows its page."""

import pytest

from django.urls import reverse

from wagtail.models import Page

from qa import moderation
from qa.citations import cite
from qa.models import Question, QuestionAnswerPage, QuestionEvent
from qa.publication import short_title

from ..factories import ExchangePageFactory, QuestionFactory

pytestmark = pytest.mark.django_db

Status = Question.Status
Action = QuestionEvent.Action


@pytest.fixture
def answered(assigned, justice_editor, land_law):
    return moderation.answer(
        assigned,
        justice_editor,
        "<p>Chào bà Nguyễn Thị Hoa,</p><p>Theo Điều 45 Luật Đất đai, đất chưa có giấy chứng "
        "nhận thì chưa được chuyển nhượng. Đường dây nóng của Sở: 0203 3835 123.</p>",
        [cite(land_law, "dieu-45")],
    )


def workflow_action(client, page, action):
    task_state = page.current_workflow_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": ""},
    )


def test_the_unit_proposes_a_draft_written_from_the_question(
    answered, justice_editor, justice_department, qa_index, land_law, land_field
):
    page = moderation.propose_publication(answered, justice_editor)
    page = QuestionAnswerPage.objects.get(pk=page.pk)
    question = Question.objects.get(pk=answered.pk)
    assert question.page == page
    assert question.status == Status.ANSWERED
    assert page.get_parent().specific == qa_index
    assert not page.live
    assert page.title == "Chuyển nhượng đất chưa có sổ đỏ"
    assert page.question_text == (
        "Tôi là [đã ẩn], số điện thoại [đã ẩn]. Gia đình tôi muốn chuyển nhượng mảnh đất "
        "chưa có giấy chứng nhận thì có được không?"
    )
    # The answer greets the asker by name: the name goes, the unit's hotline stays.
    assert "Nguyễn Thị Hoa" not in page.answer and "Chào bà [đã ẩn]," in page.answer
    assert "0203 3835 123" in page.answer
    assert [(ref.document, ref.article_anchor) for ref in page.references.all()] == [
        (land_law, "dieu-45")
    ]
    assert list(page.legal_fields.all()) == [land_field]
    assert page.unit == justice_department
    assert page.asked_on == question.created_at.date()
    assert page.answered_on is not None
    assert page.owner == justice_editor
    state = page.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert state.requested_by == justice_editor
    assert question.events.last().action == Action.PUBLICATION_PROPOSED


def test_a_unit_editor_cannot_publish_and_the_board_approval_does(
    client,
    answered,
    justice_editor,
    board_member,
    qa_index,
    sms_outbox,
    django_capture_on_commit_callbacks,
):
    page = moderation.propose_publication(answered, justice_editor)
    assert not page.permissions_for_user(justice_editor).can_publish()
    client.force_login(justice_editor)
    # The editor may open the draft and improve it, not publish it.
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    response = workflow_action(client, page, "approve")
    page.refresh_from_db()
    assert not page.live
    assert Question.objects.get(pk=answered.pk).status == Status.ANSWERED

    client.force_login(board_member)
    sms_outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, page, "approve")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    question = Question.objects.get(pk=answered.pk)
    assert question.status == Status.PUBLISHED
    published = question.events.get(action=Action.PUBLISHED)
    assert published.public
    assert [message.body.split(".")[0] for message in sms_outbox] == [
        f"Cau hoi {question.tracking_code} da duoc dang cong khai"
    ]
    # What the public page, the search and the API read holds none of the asker's data.
    page = QuestionAnswerPage.objects.get(pk=page.pk)
    public = " ".join([page.title, page.question_text, page.answer, page.searchable_text()])
    for secret in ("Nguyễn Thị Hoa", "0912345678", "0912 345 678"):
        assert secret not in public


def test_the_question_follows_its_page_offline_and_when_deleted(
    answered, justice_editor, board_member, qa_index
):
    page = moderation.propose_publication(answered, justice_editor)
    page.get_latest_revision().publish(user=board_member)
    assert Question.objects.get(pk=answered.pk).status == Status.PUBLISHED

    QuestionAnswerPage.objects.get(pk=page.pk).unpublish(user=board_member)
    question = Question.objects.get(pk=answered.pk)
    assert question.status == Status.ANSWERED
    assert question.events.last().action == Action.UNPUBLISHED

    page.get_latest_revision().publish(user=board_member)
    Page.objects.get(pk=page.pk).delete()
    question = Question.objects.get(pk=answered.pk)
    assert question.status == Status.ANSWERED
    assert question.page is None
    assert "đã bị xóa" in question.events.last().message
    # The answer can be proposed again.
    assert moderation.propose_publication(question, justice_editor).pk != page.pk


def test_a_draft_to_edit_first_is_not_yet_submitted(client, answered, justice_editor, qa_index):
    client.force_login(justice_editor)
    response = client.post(
        reverse("qa_question", args=[answered.pk]), {"move": "propose", "submit_now": "0"}
    )
    page = Question.objects.get(pk=answered.pk).page
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert page.current_workflow_state is None
    assert not page.live


def test_proposing_from_the_screen_says_it_went_to_the_board(
    client, answered, justice_editor, qa_index
):
    client.force_login(justice_editor)
    response = client.post(
        reverse("qa_question", args=[answered.pk]), {"move": "propose", "submit_now": "1"}
    )
    screen = client.get(response.url)
    assert "đang chờ Ban Biên tập duyệt" in screen.content.decode()
    assert "Đề xuất đăng công khai" not in [
        line.strip() for line in screen.content.decode().splitlines()
    ]


def test_what_cannot_be_proposed(answered, justice_editor, board_member, qa_index):
    moderation.propose_publication(answered, justice_editor)
    with pytest.raises(moderation.NotAllowed, match="đã có trang hỏi đáp"):
        moderation.propose_publication(answered, justice_editor)

    exchange_question = QuestionFactory(exchange=ExchangePageFactory(parent=qa_index))
    moderation.answer(exchange_question, board_member, "<p>Trả lời tại buổi giao lưu.</p>")
    with pytest.raises(moderation.NotAllowed, match="trang giao lưu"):
        moderation.propose_publication(exchange_question, board_member)


def test_without_a_qa_section_nothing_is_created(answered, justice_editor):
    with pytest.raises(moderation.NotAllowed, match="Chưa có chuyên mục hỏi đáp"):
        moderation.propose_publication(answered, justice_editor)
    assert Question.objects.get(pk=answered.pk).page is None


def test_an_answered_question_with_a_page_is_not_reopened(
    answered, justice_editor, board_member, qa_index
):
    moderation.propose_publication(answered, justice_editor)
    with pytest.raises(moderation.NotAllowed, match="đã có trang hỏi đáp"):
        moderation.reopen(answered, board_member)
    with pytest.raises(moderation.NotAllowed, match="sửa nội dung trên trang"):
        moderation.answer(answered, justice_editor, "<p>Sửa</p>")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Xin hỏi thủ tục ly hôn? Tôi ở Hạ Long.", "Xin hỏi thủ tục ly hôn?"),
        ("Đất chưa có sổ. Có chuyển nhượng được không", "Đất chưa có sổ"),
        ("từ " * 80, ("từ " * 49).strip() + "…"),
    ],
)
def test_titles_are_the_first_sentence_or_a_short_beginning(text, title):
    assert short_title(text) == title
