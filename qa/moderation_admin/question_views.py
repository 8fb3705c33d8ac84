"""A question's screen: what was asked, by whom (masked unless the reader may see it),
what happened to it, and a form for each move its reader may make now."""

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext

from wagtail.admin import messages

from bookshelf.models import LegalDocument
from home.phones import mask_name

from .. import moderation, notifications, roles
from ..citations import articles_of
from ..contacts import masked_for_staff
from ..models import Question, QuestionNotification
from . import exchange_moves
from .forms import (
    AnswerForm,
    AssignForm,
    ClarifyForm,
    RejectForm,
    ReopenForm,
    ReturnForm,
    reference_formset,
)
from .queue import is_overdue

# The moves made with a message only: (move, heading, button).
SIMPLE_MOVES = [
    ("clarify", "Đề nghị người hỏi bổ sung thông tin", "Gửi đề nghị"),
    ("assign", "Giao đơn vị trả lời", "Giao"),
    ("return", "Trả lại Ban Biên tập", "Trả lại"),
    ("reject", "Không tiếp nhận câu hỏi", "Không tiếp nhận"),
    ("reopen", "Mở lại câu hỏi", "Mở lại"),
]
FORMS = {
    "assign": AssignForm,
    "clarify": ClarifyForm,
    "answer": AnswerForm,
    "reject": RejectForm,
    "reopen": ReopenForm,
    "return": ReturnForm,
}


def breadcrumbs(*items):
    return [
        {"url": reverse("wagtailadmin_home"), "label": gettext("Home")},
        {"url": reverse("qa_queue"), "label": "Hỏi đáp pháp luật"},
        *({"url": url, "label": label} for url, label in items),
    ]


def require_queue(request):
    if not roles.may_use_queue(request.user):
        raise PermissionDenied


def visible_question(request, pk):
    """The question, if the user may read it; another unit's question is not found."""
    require_queue(request)
    questions = Question.objects.select_related(
        "unit", "legal_field", "locality", "exchange", "answered_by", "page", "duplicate_of"
    )
    return get_object_or_404(roles.visible_questions(request.user, questions), pk=pk)


def question_screen(request, pk):
    question = visible_question(request, pk)
    forms = {name: form_class() for name, form_class in FORMS.items()}
    references = reference_formset(question)
    if question.answer:
        forms["answer"] = AnswerForm(initial={"answer": question.answer})
    if request.method == "POST":
        move = request.POST.get("move", "")
        if move == "answer":
            forms["answer"] = AnswerForm(request.POST)
            references = reference_formset(question, request.POST)
            outcome = _answer(request, question, forms["answer"], references)
        elif move in FORMS:
            forms[move] = FORMS[move](request.POST)
            outcome = _move(request, question, move, forms[move])
        elif move == "propose":
            outcome = _propose(request, question)
        elif move == "resend":
            outcome = _resend(request, question)
        elif move in exchange_moves.MOVES:
            outcome = exchange_moves.run(request, question, move)
        else:
            messages.error(request, "Thao tác không hợp lệ.")
            outcome = redirect("qa_question", question.pk)
        if outcome is not None:
            return outcome
        messages.error(request, "Chưa thực hiện được: hãy xem các ô được đánh dấu.")
    return TemplateResponse(
        request, "qa/admin/question.html", _context(request, question, forms, references)
    )


def _context(request, question, forms, references):
    user = request.user
    full_contact = roles.may_see_contact(user)
    page = question.page
    return {
        "question": question,
        "asker_name": question.asker_name if full_contact else mask_name(question.asker_name),
        "contact": (
            question.contact
            if full_contact
            else masked_for_staff(question.contact_kind, question.contact)
        ),
        "contact_masked": not full_contact,
        "waited": question.waited(),
        "overdue": is_overdue(question),
        "moves": moderation.allowed_moves(user, question),
        "forms": forms,
        "references_formset": references,
        "simple_moves": SIMPLE_MOVES,
        "media": forms["answer"].media + references.media,
        "citations": list(question.references.select_related("document")),
        "duplicate_visible": bool(
            question.duplicate_of_id
            and roles.visible_questions(user).filter(pk=question.duplicate_of_id).exists()
        ),
        "page": page,
        "page_in_moderation": bool(page and page.workflow_in_progress),
        "events": list(question.events.select_related("actor", "unit")),
        "notices": list(question.notifications.all()),
        "articles_url": reverse("qa_document_articles", args=[0]),
        "breadcrumbs": breadcrumbs(("", question.tracking_code)),
    }


def _run(request, question, form, call, success):
    """Make a move; the response when done, None to show the form again with its error."""
    try:
        call()
    except moderation.Invalid as invalid:
        field = invalid.field if invalid.field in form.fields else None
        form.add_error(field, invalid.message)
        return None
    except moderation.NotAllowed as refusal:
        messages.error(request, refusal.message)
        return redirect("qa_question", question.pk)
    messages.success(request, success)
    return redirect("qa_question", question.pk)


def _move(request, question, move, form):
    if not form.is_valid():
        return None
    data, user = form.cleaned_data, request.user
    code = question.tracking_code
    calls = {
        "assign": (
            lambda: moderation.assign(question, user, data["unit"], data["message"]),
            f"Đã giao câu hỏi {code} cho {data.get('unit')}.",
        ),
        "clarify": (
            lambda: moderation.request_clarification(question, user, data["message"]),
            f"Đã đề nghị người hỏi bổ sung thông tin cho câu hỏi {code}; người hỏi sẽ được báo.",
        ),
        "reject": (
            lambda: moderation.reject(question, user, data["reason"]),
            f"Đã không tiếp nhận câu hỏi {code}; người hỏi sẽ được báo lý do.",
        ),
        "reopen": (
            lambda: moderation.reopen(question, user, data["message"]),
            f"Đã mở lại câu hỏi {code}.",
        ),
        "return": (
            lambda: moderation.return_to_board(question, user, data["message"]),
            f"Đã trả lại câu hỏi {code} cho Ban Biên tập.",
        ),
    }
    call, success = calls[move]
    outcome = _run(request, question, form, call, success)
    gone = not roles.visible_questions(user).filter(pk=question.pk).exists()
    if move == "return" and outcome is not None and gone:
        # The question left the unit's queue with its unit: back to the queue.
        return redirect("qa_queue")
    return outcome


def _answer(request, question, form, references):
    if not (form.is_valid() & references.is_valid()):
        return None
    first = question.is_open
    success = f"Đã lưu câu trả lời câu hỏi {question.tracking_code}." + (
        " Người hỏi sẽ được báo." if first and not question.exchange_id else ""
    )
    return _run(
        request,
        question,
        form,
        lambda: moderation.answer(
            question, request.user, form.cleaned_data["answer"], references.citations()
        ),
        success,
    )


def _propose(request, question):
    submit_now = request.POST.get("submit_now") == "1"
    try:
        page = moderation.propose_publication(question, request.user, submit=submit_now)
    except (moderation.NotAllowed, moderation.Invalid) as refusal:
        messages.error(request, refusal.message)
        return redirect("qa_question", question.pk)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if not submit_now:
        messages.success(
            request,
            f"Đã tạo bản nháp “{page.title}”. Đọc lại, sửa nếu cần rồi chọn “Gửi duyệt”.",
        )
        return redirect(edit_url)
    messages.success(
        request,
        format_html(
            'Đã gửi trang “{}” để Ban Biên tập duyệt. <a href="{}">Xem trang</a>',
            page.title,
            edit_url,
        ),
    )
    return redirect("qa_question", question.pk)


def _resend(request, question):
    notice = question.notifications.filter(pk=request.POST.get("notification") or 0).first()
    if notice is None or notice.status == QuestionNotification.Status.SENT:
        messages.error(request, "Thông báo này không cần gửi lại.")
    else:
        notifications.send_again(notice, request.user)
        messages.success(request, "Đã gửi lại thông báo cho người hỏi.")
    return redirect("qa_question", question.pk)


def document_articles(request, document_id):
    """The articles of a document, for the answer form's article list."""
    require_queue(request)
    document = get_object_or_404(LegalDocument, pk=document_id)
    return JsonResponse(
        {
            "articles": [
                {"anchor": anchor, "label": label} for anchor, label in articles_of(document)
            ]
        }
    )
