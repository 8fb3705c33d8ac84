"""Every move of a question, who may make it and in which states: the board, the
assigned unit's editors, another unit's editors, a citizen and an anonymous visitor;
refusals say why and change nothing."""

import datetime

import pytest

from django.contrib.auth.models import AnonymousUser, Group
from django.utils import timezone

from qa import moderation
from qa.citations import UnknownArticle, cite
from qa.models import Question, QuestionEvent

from ..factories import QuestionFactory, UnitFactory, UserFactory

pytestmark = pytest.mark.django_db

Status = Question.Status
Action = QuestionEvent.Action


@pytest.fixture
def citizen(db):
    """Someone with an account (a contest participant, say) and no right in the admin."""
    return UserFactory(username="nguoidan")


@pytest.fixture
def actors(board_member, justice_editor, ward_editor, citizen):
    return {
        "board": board_member,
        "unit": justice_editor,
        "other unit": ward_editor,
        "citizen": citizen,
        "anonymous": AnonymousUser(),
    }


def answered(question, user):
    return moderation.answer(question, user, "<p>Được chuyển nhượng khi có giấy chứng nhận.</p>")


def rejected(question, user):
    return moderation.reject(question, user, "Câu hỏi không thuộc lĩnh vực pháp luật.")


# move name: (what it does, the state it starts from, who may do it)
MOVES = {
    "assign": (lambda q, user, ward: moderation.assign(q, user, ward), "new", {"board"}),
    "clarify": (
        lambda q, user, ward: moderation.request_clarification(q, user, "Đất ở xã nào?"),
        "assigned",
        {"board", "unit"},
    ),
    "answer": (lambda q, user, ward: answered(q, user), "assigned", {"board", "unit"}),
    "reject": (lambda q, user, ward: rejected(q, user), "assigned", {"board", "unit"}),
    "reopen": (lambda q, user, ward: moderation.reopen(q, user), "rejected", {"board"}),
    "return": (
        lambda q, user, ward: moderation.return_to_board(q, user, "Thuộc Sở Tài nguyên."),
        "assigned",
        {"unit"},
    ),
    "propose": (
        lambda q, user, ward: moderation.propose_publication(q, user),
        "answered",
        {"board", "unit"},
    ),
}


def in_state(state, asked, board_member, justice_department):
    if state == "new":
        return asked
    question = moderation.assign(asked, board_member, justice_department)
    if state == "answered":
        return answered(question, board_member)
    if state == "rejected":
        return rejected(question, board_member)
    return question


@pytest.mark.parametrize("role", ["board", "unit", "other unit", "citizen", "anonymous"])
@pytest.mark.parametrize("move", MOVES)
def test_each_move_is_made_by_its_roles_only(
    move, role, actors, asked, board_member, justice_department, ward, qa_index
):
    call, state, allowed = MOVES[move]
    question = in_state(state, asked, board_member, justice_department)
    events_before = question.events.count()
    if role in allowed:
        call(question, actors[role], ward)
        assert question.events.count() > events_before
        return
    with pytest.raises(moderation.NotAllowed) as refusal:
        call(question, actors[role], ward)
    assert refusal.value.message.startswith("Chỉ") or "Ban Biên tập" in refusal.value.message
    question.refresh_from_db()
    assert question.status == state
    assert question.events.count() == events_before


# (move, states it refuses to start from)
REFUSED_STATES = [
    ("assign", ["answered", "rejected"]),
    ("clarify", ["answered", "rejected"]),
    ("answer", ["rejected"]),
    ("reject", ["answered", "rejected"]),
    ("reopen", ["new", "assigned"]),
    ("return", ["new", "answered", "rejected"]),
    ("propose", ["new", "assigned", "rejected"]),
]


@pytest.mark.parametrize(
    ("move", "state"), [(move, state) for move, states in REFUSED_STATES for state in states]
)
def test_a_move_refuses_a_state_it_does_not_start_from(
    move, state, asked, board_member, justice_editor, justice_department, ward, qa_index
):
    question = in_state(state, asked, board_member, justice_department)
    call, _, allowed = MOVES[move]
    actor = board_member if "board" in allowed else justice_editor
    if move == "return" and state == "new":
        # A question the board has not given to any unit is no unit's to return.
        with pytest.raises(moderation.NotAllowed, match="đơn vị được giao"):
            call(question, actor, ward)
        return
    with pytest.raises(moderation.NotAllowed) as refusal:
        call(question, actor, ward)
    assert question.get_status_display() in refusal.value.message
    assert question.tracking_code in refusal.value.message
    question.refresh_from_db()
    assert question.status == state


def test_assigning_records_who_gave_it_to_which_unit(asked, board_member, justice_department):
    question = moderation.assign(asked, board_member, justice_department, "Ưu tiên trả lời sớm.")
    assert question.status == Status.ASSIGNED
    assert question.unit == justice_department
    event = question.events.get()
    assert (event.action, event.actor, event.from_status, event.to_status) == (
        Action.ASSIGNED,
        board_member,
        Status.NEW,
        Status.ASSIGNED,
    )
    assert event.unit == justice_department
    assert event.message == "Ưu tiên trả lời sớm."
    # A note to the unit is the staff's: the asker does not read it.
    assert not event.public


def test_reassigning_a_question_in_clarification_keeps_it_waiting_for_the_asker(
    assigned, board_member, ward
):
    moderation.request_clarification(assigned, board_member, "Cho biết diện tích thửa đất.")
    question = moderation.assign(assigned, board_member, ward)
    assert question.status == Status.CLARIFYING
    assert question.unit == ward


def test_assigning_needs_another_active_unit(assigned, board_member, justice_department):
    with pytest.raises(moderation.Invalid, match="đã được giao cho Sở Tư pháp"):
        moderation.assign(assigned, board_member, justice_department)
    retired = UnitFactory(name="Phòng Tư pháp huyện Hoành Bồ", is_active=False)
    with pytest.raises(moderation.Invalid, match="không còn hoạt động"):
        moderation.assign(assigned, board_member, retired)
    with pytest.raises(moderation.Invalid, match="Chọn đơn vị"):
        moderation.assign(assigned, board_member, None)


def test_clarification_is_public_and_pauses_the_wait(assigned, justice_editor):
    now = timezone.now()
    Question.objects.filter(pk=assigned.pk).update(waiting_since=now - datetime.timedelta(days=5))
    question = moderation.request_clarification(
        assigned, justice_editor, "Đề nghị cho biết thửa đất ở xã, phường nào."
    )
    assert question.status == Status.CLARIFYING
    assert question.waited() is None
    request = question.events.get(action=Action.CLARIFICATION_REQUESTED)
    assert request.public
    assert request.message == "Đề nghị cho biết thửa đất ở xã, phường nào."
    # The asker takes three days to reply.
    QuestionEvent.objects.filter(pk=request.pk).update(at=now - datetime.timedelta(days=3))

    question = moderation.citizen_replied(
        question, "<b>Thửa đất ở phường Hạ Long</b><script>alert(1)</script>", now=now
    )
    assert question.status == Status.ASSIGNED
    # Five days since arrival, three of them the asker's: two days' wait for the unit.
    assert question.waited(now) == datetime.timedelta(days=2)
    reply = question.events.get(action=Action.CITIZEN_REPLIED)
    assert reply.public and reply.actor is None
    assert "<" not in reply.message
    assert reply.message.startswith("Thửa đất ở phường Hạ Long")


def test_a_reply_when_no_clarification_was_asked_is_refused(assigned):
    with pytest.raises(moderation.NotAllowed, match="không chờ bạn bổ sung"):
        moderation.citizen_replied(assigned, "Thêm thông tin")


def test_a_question_never_assigned_goes_back_to_new_after_the_reply(asked, board_member):
    moderation.request_clarification(asked, board_member, "Xin bổ sung.")
    assert moderation.citizen_replied(asked, "Đã bổ sung.").status == Status.NEW


@pytest.mark.parametrize(
    ("call", "field", "message"),
    [
        (lambda q, u: moderation.request_clarification(q, u, "  "), "message", "bổ sung"),
        (lambda q, u: moderation.reject(q, u, ""), "reason", "lý do"),
        (lambda q, u: moderation.answer(q, u, '<p data-block-key="a1"></p>'), "answer", "Nhập"),
        (lambda q, u: moderation.return_to_board(q, u, ""), "message", "lý do"),
    ],
)
def test_a_move_without_what_it_needs_says_what_is_missing(
    call, field, message, assigned, justice_editor
):
    with pytest.raises(moderation.Invalid) as missing:
        call(assigned, justice_editor)
    assert missing.value.field == field
    assert message in missing.value.message
    assigned.refresh_from_db()
    assert assigned.status == Status.ASSIGNED


def test_answering_cites_articles_and_sets_who_and_when(assigned, justice_editor, land_law):
    question = moderation.answer(
        assigned,
        justice_editor,
        '<p>Theo <b>Điều 45</b>, cần có giấy chứng nhận.</p><script>alert("x")</script>'
        '<p onclick="steal()">Xem thêm.</p>',
        [cite(land_law, "dieu-45"), cite(land_law)],
    )
    assert question.status == Status.ANSWERED
    assert question.answered_by == justice_editor
    assert question.answered_at is not None
    assert "<script" not in question.answer and "onclick" not in question.answer
    assert "<b>Điều 45</b>" in question.answer
    assert [
        (ref.document, ref.article_anchor, ref.article_label) for ref in question.references.all()
    ] == [
        (land_law, "dieu-45", "Điều 45. Điều kiện thực hiện các quyền của người sử dụng đất"),
        (land_law, "", ""),
    ]
    event = question.events.get(action=Action.ANSWERED)
    assert event.public and event.to_status == Status.ANSWERED


def test_an_article_the_document_does_not_have_cannot_be_cited(land_law):
    with pytest.raises(UnknownArticle, match="không có điều này"):
        cite(land_law, "dieu-999")


def test_an_answer_is_corrected_without_telling_the_asker_again(
    assigned, justice_editor, land_law, sms_outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answered(assigned, justice_editor)
    answered_at = Question.objects.get(pk=assigned.pk).answered_at
    with django_capture_on_commit_callbacks(execute=True):
        question = moderation.answer(
            assigned, justice_editor, "<p>Bản sửa.</p>", [cite(land_law, "dieu-27")]
        )
    assert question.answer == "<p>Bản sửa.</p>"
    assert question.answered_at == answered_at
    assert [ref.article_anchor for ref in question.references.all()] == ["dieu-27"]
    correction = question.events.filter(action=Action.ANSWERED).last()
    assert correction.message == "Sửa câu trả lời." and not correction.public
    assert len(sms_outbox) == 1


def test_rejecting_tells_the_asker_why(assigned, justice_editor):
    question = moderation.reject(assigned, justice_editor, "Câu hỏi trùng câu hỏi đã trả lời.")
    assert question.status == Status.REJECTED
    assert question.rejection_reason == "Câu hỏi trùng câu hỏi đã trả lời."
    event = question.events.get(action=Action.REJECTED)
    assert event.public and event.message == question.rejection_reason


def test_reopening_starts_a_new_wait(assigned, board_member):
    rejected(assigned, board_member)
    Question.objects.filter(pk=assigned.pk).update(
        waiting_since=timezone.now() - datetime.timedelta(days=30)
    )
    question = moderation.reopen(assigned, board_member, "Từ chối nhầm.")
    assert question.status == Status.ASSIGNED
    assert question.rejection_reason == ""
    assert question.waited() < datetime.timedelta(minutes=1)
    assert question.events.last().action == Action.REOPENED


def test_returning_to_the_board_takes_the_unit_off(assigned, justice_editor, justice_department):
    question = moderation.return_to_board(
        assigned, justice_editor, "Câu hỏi về thuế, không thuộc Sở Tư pháp."
    )
    assert question.status == Status.NEW
    assert question.unit is None
    event = question.events.last()
    assert event.action == Action.RETURNED and event.unit == justice_department
    assert not event.public


def test_the_board_does_not_return_questions_to_itself(assigned, board_member):
    with pytest.raises(moderation.NotAllowed, match="Ban Biên tập giao lại"):
        moderation.return_to_board(assigned, board_member, "Không rõ")


def test_a_retired_units_editors_lose_its_questions(assigned, justice_editor, justice_department):
    justice_department.is_active = False
    justice_department.save()
    with pytest.raises(moderation.NotAllowed):
        answered(assigned, type(justice_editor).objects.get(pk=justice_editor.pk))


def test_overdue_questions_are_those_waiting_for_a_unit_too_long(
    settings, asked, board_member, justice_department
):
    settings.QA_ANSWER_WITHIN_DAYS = 7
    long_ago = timezone.now() - datetime.timedelta(days=8)
    waiting = QuestionFactory(waiting_since=long_ago)
    clarifying = QuestionFactory(waiting_since=long_ago, status=Status.CLARIFYING)
    answered_late = QuestionFactory(waiting_since=long_ago, status=Status.ANSWERED)
    recent = asked
    assert list(Question.objects.overdue()) == [waiting]
    assert clarifying not in Question.objects.overdue()
    assert answered_late not in Question.objects.overdue()
    assert recent not in Question.objects.overdue()


def test_the_board_and_site_administrators_moderate_and_read_contacts(board_member, superuser):
    admins = Group.objects.get(name="Quản trị trang")
    site_admin = UserFactory(username="quantri", groups=[admins])
    for user in (board_member, site_admin, superuser):
        assert user.has_perm("qa.moderate_question")
        assert user.has_perm("qa.view_asker_contact")


def test_allowed_moves_are_what_the_screen_offers(
    assigned, board_member, justice_editor, ward_editor
):
    assert moderation.allowed_moves(board_member, assigned) == {
        "assign",
        "clarify",
        "answer",
        "reject",
    }
    assert moderation.allowed_moves(justice_editor, assigned) == {
        "clarify",
        "answer",
        "reject",
        "return",
    }
    assert moderation.allowed_moves(ward_editor, assigned) == set()
