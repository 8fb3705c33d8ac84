"""What moves a citizen's question, who may move it, and the history each move leaves.

    move                   from                        to                   who
    assign                 new, assigned, clarifying   assigned (*)         board
    request_clarification  new, assigned               clarifying           board, the unit
    citizen_replied        clarifying                  new / assigned       the asker, by code
    answer                 new, assigned, clarifying   answered             board, the unit
    reject (with reason)   new, assigned, clarifying   rejected             board, the unit
    reopen                 rejected, answered          new / assigned       board
    return_to_board        assigned                    new, no unit         the unit
    propose_publication    answered                    answered + a draft   board, the unit
                                                       page in the board's workflow
    (page published)       answered                    published            the board's approval
    (page unpublished)     published                   answered

    (*) a question waiting for its asker's clarification stays "clarifying".

"The unit" is the editors of the unit the question is assigned to (``qa.roles``).

Questions of an online exchange are answered the same way, and published on the
exchange page instead of a page of their own: the moderator shows or hides each one and
marks it answered live, then publishes the official's answer (``publish_on_exchange``).

Each function checks the actor and the state, changes the question and writes a
``QuestionEvent`` in one transaction, and refuses with ``NotAllowed`` (the move is not
this person's, or not possible in this state) or ``Invalid`` (something required is
missing), whose message says why in Vietnamese.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

from bookshelf.models.legal_text import sanitise_legal_html
from core.rich_text import is_blank

from . import notifications, roles
from .models import Question, QuestionEvent, QuestionReference

Status = Question.Status
Action = QuestionEvent.Action
Reason = notifications.Reason


class NotAllowed(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


class Invalid(Exception):
    """Something the move needs is missing: ``field`` names the form field it belongs to."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message


def _locked(question):
    """The question as stored now, locked until the transaction ends: two people acting
    on one question at once are served one after the other."""
    # Only the question's row: PostgreSQL locks no row on the nullable side of a join.
    return (
        Question.objects.select_for_update(of=("self",))
        .select_related("unit", "exchange")
        .get(pk=question.pk)
    )


def _record(question, actor, action, from_status, *, message="", public=False, unit=None):
    return QuestionEvent.objects.create(
        question=question,
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        from_status=from_status,
        to_status=question.status,
        unit=unit or question.unit,
        message=message,
        public=public,
    )


def _state_refusal(question, doing):
    return NotAllowed(
        f"Câu hỏi {question.tracking_code} đang ở trạng thái "
        f"“{question.get_status_display()}”, không thể {doing}."
    )


def _require_state(question, states, doing):
    if question.status not in states:
        raise _state_refusal(question, doing)


def _require_board(user, doing):
    if not roles.is_board(user):
        raise NotAllowed(f"Chỉ Ban Biên tập mới {doing}.")


def _require_answerer(user, question, doing):
    """The board, the specialists of the question's unit, or the exchange's moderators."""
    if roles.is_board(user) or roles.is_specialist_of(user, question):
        return
    if roles.may_screen(user, question):
        return
    if question.unit_id is None:
        raise NotAllowed(f"Câu hỏi chưa được giao đơn vị: chỉ Ban Biên tập mới {doing}.")
    raise NotAllowed(
        f"Câu hỏi được giao cho {question.unit}: chỉ Ban Biên tập hoặc biên tập viên "
        f"của {question.unit} mới {doing}."
    )


def _required_text(value, field, message):
    value = (value or "").strip()
    if not value:
        raise Invalid(field, message)
    return value


def _open_status(question):
    """Where a question goes back to when it waits for a unit again."""
    return Status.ASSIGNED if question.unit_id else Status.NEW


@transaction.atomic
def assign(question, user, unit, message=""):
    """Give the question to ``unit`` to answer (or to another unit)."""
    question = _locked(question)
    _require_board(user, "giao câu hỏi cho đơn vị")
    _require_state(question, Question.OPEN_STATES, "giao cho đơn vị")
    if unit is None:
        raise Invalid("unit", "Chọn đơn vị trả lời.")
    if not unit.is_active:
        raise Invalid("unit", f"{unit} không còn hoạt động; hãy chọn đơn vị khác.")
    if unit.pk == question.unit_id:
        raise Invalid("unit", f"Câu hỏi đã được giao cho {unit}.")
    before = question.status
    question.unit = unit
    if question.status == Status.NEW:
        question.status = Status.ASSIGNED
    question.save(update_fields=["unit", "status", "updated_at"])
    _record(question, user, Action.ASSIGNED, before, message=(message or "").strip())
    return question


@transaction.atomic
def request_clarification(question, user, message):
    """Ask the citizen for what is missing; they reply by their tracking code. The wait
    pauses meanwhile (``Question.waited``)."""
    question = _locked(question)
    _require_answerer(user, question, "đề nghị người hỏi bổ sung")
    _require_state(question, (Status.NEW, Status.ASSIGNED), "đề nghị người hỏi bổ sung")
    message = _required_text(message, "message", "Ghi rõ người hỏi cần bổ sung thông tin gì.")
    before = question.status
    question.status = Status.CLARIFYING
    question.save(update_fields=["status", "updated_at"])
    _record(question, user, Action.CLARIFICATION_REQUESTED, before, message=message, public=True)
    notifications.notify(question, Reason.CLARIFY)
    return question


@transaction.atomic
def citizen_replied(question, message, now=None):
    """The asker's reply to a request for clarification, sent with their tracking code:
    the question waits for the unit again, and the time the asker took does not count."""
    question = _locked(question)
    if question.status != Status.CLARIFYING:
        raise NotAllowed("Câu hỏi này không chờ bạn bổ sung thông tin.")
    message = _required_text(
        strip_tags(message or ""), "message", "Nhập thông tin bổ sung cho câu hỏi."
    )
    now = now or timezone.now()
    asked = (
        question.events.filter(action=Action.CLARIFICATION_REQUESTED)
        .order_by("-at", "-pk")
        .values_list("at", flat=True)
        .first()
    )
    paused = max(now - asked, datetime.timedelta(0)) if asked else datetime.timedelta(0)
    before = question.status
    question.status = _open_status(question)
    question.waiting_since = min(question.waiting_since + paused, now)
    question.save(update_fields=["status", "waiting_since", "updated_at"])
    _record(question, None, Action.CITIZEN_REPLIED, before, message=message, public=True)
    return question


def _citations_replaced(question, citations):
    question.references.all().delete()
    QuestionReference.objects.bulk_create(
        QuestionReference(
            question=question,
            document=citation.document,
            article_anchor=citation.article_anchor,
            article_label=citation.article_label,
            sort_order=position,
        )
        for position, citation in enumerate(citations)
    )


def answerable_states(question):
    """Open questions are answered; an answer is corrected until it is proposed for
    publication, or, at an exchange, while it is shown."""
    if question.exchange_id:
        return (*Question.OPEN_STATES, Status.ANSWERED, Status.PUBLISHED)
    return (*Question.OPEN_STATES, Status.ANSWERED)


@transaction.atomic
def answer(question, user, text, citations=()):
    """Answer the question (rich text) citing ``citations`` (``qa.citations.Citation``).

    An answered question's answer may be corrected until it is proposed for
    publication; the asker is told once, when the first answer is given. An exchange
    question's answer is told when it is published on the exchange page."""
    question = _locked(question)
    _require_answerer(user, question, "trả lời câu hỏi")
    correctable = (
        (Status.ANSWERED, Status.PUBLISHED) if question.exchange_id else (Status.ANSWERED,)
    )
    _require_state(question, (*Question.OPEN_STATES, *correctable), "trả lời")
    if question.page_id:
        raise NotAllowed(
            "Câu trả lời đã được đề xuất đăng công khai: hãy sửa nội dung trên trang hỏi đáp."
        )
    text = sanitise_legal_html(text or "")
    if is_blank(text):
        raise Invalid("answer", "Nhập câu trả lời.")
    citations = list(citations)
    first = question.is_open
    before = question.status
    question.answer = text
    if first:
        question.status = Status.ANSWERED
        question.answered_at = timezone.now()
        question.answered_by = user
    question.save(update_fields=["answer", "status", "answered_at", "answered_by", "updated_at"])
    _citations_replaced(question, citations)
    if first:
        _record(question, user, Action.ANSWERED, before, public=True)
        if not question.exchange_id:
            notifications.notify(question, Reason.ANSWERED)
    else:
        _record(question, user, Action.ANSWERED, before, message="Sửa câu trả lời.")
    return question


@transaction.atomic
def reject(question, user, reason):
    """Refuse the question, telling the asker why (outside the law's scope, abusive,
    a duplicate...)."""
    question = _locked(question)
    _require_answerer(user, question, "từ chối câu hỏi")
    _require_state(question, Question.OPEN_STATES, "từ chối")
    reason = _required_text(
        reason, "reason", "Ghi lý do không tiếp nhận; người hỏi sẽ đọc được lý do này."
    )
    before = question.status
    question.status = Status.REJECTED
    question.rejection_reason = reason
    question.shown_on_exchange = False
    question.save(update_fields=["status", "rejection_reason", "shown_on_exchange", "updated_at"])
    _record(question, user, Action.REJECTED, before, message=reason, public=True)
    notifications.notify(question, Reason.REJECTED)
    return question


@transaction.atomic
def reopen(question, user, message=""):
    """Take back a refusal or an answer: the question waits for its unit again, from now."""
    question = _locked(question)
    _require_board(user, "mở lại câu hỏi")
    _require_state(question, (Status.REJECTED, Status.ANSWERED), "mở lại")
    if question.page_id:
        raise NotAllowed(
            "Câu hỏi đã có trang hỏi đáp: hãy xóa bản nháp hoặc gỡ trang trước khi mở lại."
        )
    before = question.status
    question.status = _open_status(question)
    question.rejection_reason = ""
    question.waiting_since = timezone.now()
    question.save(update_fields=["status", "rejection_reason", "waiting_since", "updated_at"])
    _record(question, user, Action.REOPENED, before, message=(message or "").strip())
    return question


@transaction.atomic
def return_to_board(question, user, message):
    """The unit gives the question back (not its to answer); the board assigns it again."""
    question = _locked(question)
    if not roles.is_specialist_of(user, question):
        raise NotAllowed(
            "Chỉ biên tập viên của đơn vị được giao mới trả lại câu hỏi; Ban Biên tập "
            "giao lại câu hỏi cho đơn vị khác."
        )
    _require_state(question, (Status.ASSIGNED,), "trả lại Ban Biên tập")
    message = _required_text(
        message, "message", "Ghi lý do trả lại để Ban Biên tập giao đúng đơn vị."
    )
    unit = question.unit
    before = question.status
    question.status = Status.NEW
    question.unit = None
    question.save(update_fields=["status", "unit", "updated_at"])
    _record(question, user, Action.RETURNED, before, message=message, unit=unit)
    return question


@transaction.atomic
def propose_publication(question, user, submit=True):
    """Write a draft Q&A page from the answered question (personal data scrubbed) and,
    with ``submit``, send it to the board's approval; returns the page."""
    from . import publication

    question = _locked(question)
    _require_answerer(user, question, "đề xuất đăng công khai")
    if question.exchange_id:
        raise NotAllowed(
            "Câu hỏi của buổi giao lưu được đăng trên trang giao lưu, không thành trang riêng."
        )
    _require_state(question, (Status.ANSWERED,), "đề xuất đăng công khai")
    if question.page_id:
        raise NotAllowed("Câu hỏi này đã có trang hỏi đáp.")
    page = publication.draft_page(question, user)
    question.page = page
    question.save(update_fields=["page", "updated_at"])
    if submit:
        publication.submit(page, user)
        message = "Đã tạo trang hỏi đáp và gửi Ban Biên tập duyệt."
    else:
        message = "Đã tạo bản nháp trang hỏi đáp."
    _record(question, user, Action.PUBLICATION_PROPOSED, question.status, message=message)
    return page


@transaction.atomic
def mark_published(question, user=None):
    """The question's page went live (``qa.publication``): tell the asker."""
    question = _locked(question)
    if question.status != Status.ANSWERED:
        return question
    question.status = Status.PUBLISHED
    question.save(update_fields=["status", "updated_at"])
    _record(question, user, Action.PUBLISHED, Status.ANSWERED, public=True)
    notifications.notify(question, Reason.PUBLISHED)
    return question


@transaction.atomic
def mark_unpublished(question, user=None, message=""):
    """The question's page was unpublished or deleted: back to answered."""
    question = _locked(question)
    if question.status != Status.PUBLISHED:
        return question
    question.status = Status.ANSWERED
    question.save(update_fields=["status", "updated_at"])
    _record(question, user, Action.UNPUBLISHED, Status.PUBLISHED, message=message, public=True)
    return question


@transaction.atomic
def note_page_deleted(question):
    """The question's page is being deleted: the answer may be proposed again."""
    question = _locked(question)
    if question.status == Status.PUBLISHED:
        question.status = Status.ANSWERED
        question.save(update_fields=["status", "updated_at"])
        _record(question, None, Action.UNPUBLISHED, Status.PUBLISHED, public=True)
    _record(
        question,
        None,
        Action.NOTE,
        question.status,
        message="Trang hỏi đáp của câu hỏi đã bị xóa; có thể đề xuất đăng lại.",
    )
    return question


def _require_exchange_question(question, doing):
    if not question.exchange_id:
        raise NotAllowed(f"Câu hỏi không thuộc buổi giao lưu nào, không thể {doing}.")


def _require_screener(user, question, doing):
    if not roles.may_screen(user, question):
        raise NotAllowed(
            f"Chỉ Ban Biên tập hoặc biên tập viên của đơn vị tổ chức buổi giao lưu mới {doing}."
        )


@transaction.atomic
def show_on_exchange(question, user, shown=True):
    """Let the question appear on its exchange's page, or take it off (with its answer)."""
    question = _locked(question)
    doing = "hiện câu hỏi trên trang giao lưu" if shown else "ẩn câu hỏi khỏi trang giao lưu"
    _require_exchange_question(question, doing)
    _require_screener(user, question, doing)
    if shown and question.status == Status.REJECTED:
        raise _state_refusal(question, "hiện trên trang giao lưu")
    if question.shown_on_exchange == shown:
        return question
    before = question.status
    question.shown_on_exchange = shown
    if not shown and question.status == Status.PUBLISHED:
        question.status = Status.ANSWERED
    question.save(update_fields=["shown_on_exchange", "status", "updated_at"])
    _record(question, user, Action.SHOWN if shown else Action.HIDDEN, before)
    return question


@transaction.atomic
def mark_answered_live(question, user, answered=True, at=None):
    """Mark (or unmark) the question as answered by the official during the live session."""
    question = _locked(question)
    doing = "đánh dấu đã trả lời trực tiếp"
    _require_exchange_question(question, doing)
    _require_screener(user, question, doing)
    if question.status == Status.REJECTED:
        raise _state_refusal(question, doing)
    if bool(question.answered_live_at) == answered:
        return question
    question.answered_live_at = (at or timezone.now()) if answered else None
    question.save(update_fields=["answered_live_at", "updated_at"])
    if answered:
        _record(question, user, Action.ANSWERED_LIVE, question.status, public=True)
    else:
        _record(
            question, user, Action.NOTE, question.status, message="Bỏ đánh dấu trả lời trực tiếp."
        )
    return question


@transaction.atomic
def publish_on_exchange(question, user):
    """Show the question with the official's answer on the exchange page, and tell the asker."""
    question = _locked(question)
    doing = "đăng câu trả lời trên trang giao lưu"
    _require_exchange_question(question, doing)
    _require_screener(user, question, doing)
    _require_state(question, (Status.ANSWERED,), doing)
    question.status = Status.PUBLISHED
    question.shown_on_exchange = True
    question.save(update_fields=["status", "shown_on_exchange", "updated_at"])
    _record(question, user, Action.PUBLISHED, Status.ANSWERED, public=True)
    notifications.notify(question, Reason.PUBLISHED)
    return question


@transaction.atomic
def withdraw_from_exchange(question, user):
    """Take the answer off the exchange page (the question stays shown)."""
    question = _locked(question)
    doing = "gỡ câu trả lời khỏi trang giao lưu"
    _require_exchange_question(question, doing)
    _require_screener(user, question, doing)
    _require_state(question, (Status.PUBLISHED,), doing)
    question.status = Status.ANSWERED
    question.save(update_fields=["status", "updated_at"])
    _record(question, user, Action.UNPUBLISHED, Status.PUBLISHED, public=True)
    return question


def allowed_moves(user, question):
    """The names of the moves ``user`` may try on ``question`` now, for the screen's forms."""
    moves = set()
    board = roles.is_board(user)
    answerer = board or roles.is_specialist_of(user, question) or roles.may_screen(user, question)
    status = question.status
    if board and status in Question.OPEN_STATES:
        moves.add("assign")
    if answerer and status in (Status.NEW, Status.ASSIGNED):
        moves.add("clarify")
    correctable = (
        (Status.ANSWERED, Status.PUBLISHED) if question.exchange_id else (Status.ANSWERED,)
    )
    if answerer and not question.page_id and status in (*Question.OPEN_STATES, *correctable):
        moves.add("answer")
    if answerer and status in Question.OPEN_STATES:
        moves.add("reject")
    if board and status in (Status.REJECTED, Status.ANSWERED) and not question.page_id:
        moves.add("reopen")
    if roles.is_specialist_of(user, question) and status == Status.ASSIGNED:
        moves.add("return")
    if answerer and status == Status.ANSWERED and not question.exchange_id and not question.page_id:
        moves.add("propose")
    if question.exchange_id and roles.may_screen(user, question):
        if status != Status.REJECTED:
            moves.update({"screen", "live"})
        if status == Status.ANSWERED:
            moves.add("publish_exchange")
        if status == Status.PUBLISHED:
            moves.add("withdraw_exchange")
    return moves
