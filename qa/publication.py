"""An answered question becomes a public Q&A page through the board's workflow.

``qa.moderation.propose_publication`` writes a draft ``QuestionAnswerPage`` below the
Q&A section of the question's language: a short title, the question with the asker's
personal data taken out (``qa.scrubbing``), the answer, its citations, legal field, unit
and dates; then submits it to the page's workflow (the board's approval task) as the
person proposing it. The board approves and publishes it in Wagtail's moderation
screens like any other page, and may edit it first.

The question follows its page: published when the page goes live, back to answered
when it is unpublished or deleted (``connect``).
"""

import re

from django.core.exceptions import ValidationError
from django.db.models.signals import pre_delete
from django.utils import timezone

from wagtail.models import Locale
from wagtail.signals import page_published, page_unpublished

from .models import AnswerReference, QAIndexPage, Question, QuestionAnswerPage
from .scrubbing import HIDDEN, scrub

TITLE_LENGTH = 150
# The end of the first sentence: a question mark, or a full stop before a space.
_SENTENCE_END = re.compile(r"[?!]|\.(?=\s)")


def qa_index_for(question):
    """The first Q&A section of the question's language (its exchange's, or the default)."""
    locale_id = question.exchange.locale_id if question.exchange_id else Locale.get_default().pk
    return QAIndexPage.objects.filter(locale_id=locale_id).order_by("path").first()


def short_title(text, length=TITLE_LENGTH):
    """The first sentence of ``text``, or its beginning cut at a word, at most ``length``
    characters."""
    text = " ".join((text or "").split())
    end = _SENTENCE_END.search(text)
    if end and end.end() <= length:
        return text[: end.end()].rstrip(".")
    if len(text) <= length:
        return text
    return text[: length - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def public_text(question):
    """The question as it may be read in public."""
    return scrub(question.text, names=[question.asker_name])


def public_answer(question):
    """The answer as it may be read in public: the asker's name and contact taken out
    (answers often greet the asker by name). Other numbers, such as a unit's hotline,
    stay."""
    answer = question.answer
    contact = (question.contact or "").strip()
    if contact:
        answer = answer.replace(contact, HIDDEN)
    return scrub(answer, names=[question.asker_name], numbers=False)


def _local_date(moment):
    return timezone.localdate(moment) if moment else None


def draft_page(question, user):
    """A new draft ``QuestionAnswerPage`` written from ``question``, by ``user``."""
    from .moderation import NotAllowed

    index = qa_index_for(question)
    if index is None:
        raise NotAllowed(
            "Chưa có chuyên mục hỏi đáp để đăng câu trả lời; hãy tạo chuyên mục trước."
        )
    if not index.permissions_for_user(user).can_add_subpage():
        raise NotAllowed(
            f"Bạn không có quyền tạo trang trong chuyên mục “{index.title}”; hãy đề nghị "
            "Ban Biên tập đề xuất đăng câu trả lời này."
        )
    question_text = public_text(question)
    page = QuestionAnswerPage(
        title=short_title(scrub(question.title, names=[question.asker_name]) or question_text),
        question_text=question_text,
        answer=public_answer(question),
        asked_on=_local_date(question.created_at),
        answered_on=_local_date(question.answered_at),
        unit=question.unit,
        owner=user,
        live=False,
    )
    page.references = [
        AnswerReference(
            document=reference.document,
            article_anchor=reference.article_anchor,
            article_label=reference.article_label,
            sort_order=position,
        )
        for position, reference in enumerate(question.references.select_related("document"))
    ]
    if question.legal_field_id:
        page.legal_fields = [question.legal_field]
    try:
        index.add_child(instance=page)
    except ValidationError as error:
        raise NotAllowed("Chưa tạo được trang hỏi đáp: " + "; ".join(error.messages)) from error
    page.save_revision(user=user, log_action=True)
    return page


def submit(page, user):
    """Send the draft to the page's workflow (the board's approval), as ``user``."""
    from .moderation import NotAllowed

    workflow = page.get_workflow()
    if workflow is None:
        raise NotAllowed("Trang không có quy trình duyệt; Ban Biên tập xuất bản trực tiếp.")
    if not page.permissions_for_user(user).can_submit_for_moderation():
        raise NotAllowed("Bạn không có quyền gửi trang này để duyệt.")
    workflow.start(page, user)


def _question_of(page):
    return Question.objects.filter(page_id=page.pk).first()


def page_went_live(sender, instance, revision=None, **kwargs):
    from . import moderation

    question = _question_of(instance)
    if question is not None:
        # Wagtail's signal does not say who published; the page's history does.
        moderation.mark_published(question)


def page_went_offline(sender, instance, **kwargs):
    from . import moderation

    question = _question_of(instance)
    if question is not None:
        moderation.mark_unpublished(question, message="Trang hỏi đáp đã được gỡ.")


def page_will_be_deleted(sender, instance, **kwargs):
    from . import moderation

    question = _question_of(instance)
    if question is not None:
        # Deleting a live page unpublishes it first (page_unpublished): the question is
        # answered again by now; a draft's deletion is noted so the answer can be
        # proposed anew.
        moderation.note_page_deleted(question)


def connect():
    page_published.connect(
        page_went_live, sender=QuestionAnswerPage, dispatch_uid="qa.question_page_published"
    )
    page_unpublished.connect(
        page_went_offline, sender=QuestionAnswerPage, dispatch_uid="qa.question_page_unpublished"
    )
    pre_delete.connect(
        page_will_be_deleted, sender=QuestionAnswerPage, dispatch_uid="qa.question_page_deleted"
    )
