"""Following a question by its tracking code, without an account: what the asker may
see of it, and their reply when the unit asks them for more.

The code is the only key, so look-ups are rate limited per client address
(``QA_RATE_LIMITS["track"]``) and everything shown is what the asker already knows or
is meant to read: the question, its status in plain words, the public steps of its
history (never who on the staff took them), the answer with the documents it cites,
the reason for a refusal. Of their personal data, only the contact, masked.
"""

import re

from django.conf import settings

from wagtail.rich_text import expand_db_html

from bookshelf.models import BookshelfPage
from home.rate_limits import address_counted

from . import moderation
from .asking import QA_LIMITS
from .cleaning import plain_text
from .contacts import masked_for_asker
from .models import Question, QuestionEvent
from .models.questions import CODE_ALPHABET, CODE_LENGTH

REPLY_MIN_LENGTH = 2
REPLY_MAX_LENGTH = 4000
_NOT_CODE = re.compile(r"[^0-9A-Za-z]")

# What each status means to the asker.
STATUS_TEXT = {
    Question.Status.NEW: (
        "Đã tiếp nhận",
        "Câu hỏi của bạn đã được tiếp nhận và đang chờ chuyển đến đơn vị có trách nhiệm trả lời.",
    ),
    Question.Status.ASSIGNED: (
        "Đang chuẩn bị câu trả lời",
        "Câu hỏi đã được chuyển đến đơn vị có trách nhiệm; chuyên viên của đơn vị đang "
        "chuẩn bị câu trả lời.",
    ),
    Question.Status.CLARIFYING: (
        "Cần bạn bổ sung thông tin",
        "Đơn vị trả lời cần bạn cho biết thêm để trả lời chính xác. Hãy đọc đề nghị bên "
        "dưới và gửi phần bổ sung.",
    ),
    Question.Status.ANSWERED: ("Đã có câu trả lời", "Câu trả lời của đơn vị ở bên dưới."),
    Question.Status.PUBLISHED: (
        "Đã trả lời và đăng công khai",
        "Câu trả lời ở bên dưới. Câu hỏi và câu trả lời đã được đăng trên chuyên mục Hỏi đáp "
        "pháp luật để mọi người cùng tham khảo, không kèm họ tên hay thông tin liên hệ của "
        "bạn.",
    ),
    Question.Status.REJECTED: (
        "Không tiếp nhận",
        "Câu hỏi không được tiếp nhận, vì lý do ghi bên dưới.",
    ),
}
ANSWERED_STATES = (Question.Status.ANSWERED, Question.Status.PUBLISHED)
# The steps of the history as the asker reads them.
EVENT_TEXT = {
    QuestionEvent.Action.ASKED: "Bạn gửi câu hỏi",
    QuestionEvent.Action.ASSIGNED: "Câu hỏi được chuyển đến đơn vị trả lời",
    QuestionEvent.Action.CLARIFICATION_REQUESTED: "Đơn vị trả lời đề nghị bạn bổ sung thông tin",
    QuestionEvent.Action.CITIZEN_REPLIED: "Bạn gửi thông tin bổ sung",
    QuestionEvent.Action.ANSWERED: "Đơn vị trả lời câu hỏi",
    QuestionEvent.Action.REJECTED: "Câu hỏi không được tiếp nhận",
    QuestionEvent.Action.REOPENED: "Câu hỏi được xem xét lại",
    QuestionEvent.Action.PUBLISHED: "Câu hỏi và câu trả lời được đăng công khai",
    QuestionEvent.Action.UNPUBLISHED: "Câu trả lời được gỡ khỏi trang công khai",
    QuestionEvent.Action.SHOWN: "Câu hỏi được đưa lên trang giao lưu trực tuyến",
    QuestionEvent.Action.ANSWERED_LIVE: "Câu hỏi được trả lời trực tiếp tại buổi giao lưu",
    QuestionEvent.Action.NOTIFIED: "Đã báo cho bạn",
}
NOT_FOUND = (
    "Không tìm thấy câu hỏi có mã này. Hãy kiểm tra lại mã (dạng HD-XXXXX-XXXXX, trong "
    "tin nhắn hoặc thư báo đã nhận câu hỏi); nếu vừa tra cứu nhiều lần, hãy thử lại sau ít "
    "phút."
)
NOT_CLARIFYING = (
    "Câu hỏi này không ở trạng thái chờ bổ sung thông tin, nên chưa thể gửi phần bổ sung."
)


def normalise_code(raw):
    """``HD-XXXXX-XXXXX`` for the code however it was typed (lower case, spaces, without
    the dashes or the "HD"), or None when it cannot be a tracking code."""
    letters = _NOT_CODE.sub("", raw or "").upper()
    if letters.startswith("HD") and len(letters) == CODE_LENGTH + 2:
        letters = letters[2:]
    if len(letters) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in letters):
        return None
    return f"HD-{letters[:5]}-{letters[5:]}"


def find(code):
    """The question with tracking code ``code`` (typed in any usual way), or None."""
    normalised = normalise_code(code)
    if normalised is None:
        return None
    return (
        Question.objects.select_related("legal_field", "locality", "unit", "exchange", "page")
        .filter(tracking_code=normalised)
        .first()
    )


def look_up(request, code):
    """``find(code)`` counted against the client address's look-ups: None when the code
    is unknown and, alike, when the address has looked up too many (whoever guesses at
    codes learns nothing from the answer). The question is looked up either way, so
    both answers take about as long."""
    allowed = QA_LIMITS.hit("track", "ip", address_counted(request))
    question = find(code)
    return question if allowed else None


def status_of(question):
    """(label, explanation) of the question's status, for the asker."""
    return STATUS_TEXT[question.status]


def public_events(question):
    return [
        {
            "at": event.at,
            "action": event.action,
            "label": EVENT_TEXT.get(event.action, event.get_action_display()),
            "message": event.message,
        }
        for event in question.events.filter(public=True).order_by("at", "pk")
    ]


def clarification_request(question):
    """What the unit asked the asker to add, while the question waits for it."""
    if question.status != Question.Status.CLARIFYING:
        return ""
    asked = (
        question.events.filter(action=QuestionEvent.Action.CLARIFICATION_REQUESTED, public=True)
        .order_by("-at", "-pk")
        .first()
    )
    return asked.message if asked else ""


def answer_html(question):
    """The answer as HTML (links to pages and documents expanded), once answered."""
    if question.status not in ANSWERED_STATES or not question.answer:
        return ""
    return expand_db_html(question.answer)


def references(question, request=None):
    """The documents and articles the answer cites, each with its address on the
    bookshelf (the article's anchor appended) when the document is published there."""
    if question.status not in ANSWERED_STATES:
        return []
    cited = []
    for reference in question.references.select_related("document"):
        document = reference.document
        url = BookshelfPage.document_url(document, request) if document.live else None
        if url and reference.article_anchor:
            url = f"{url}#{reference.article_anchor}"
        cited.append(
            {
                "document_title": document.title,
                "document_number": document.number,
                "article_label": reference.article_label,
                "url": url,
            }
        )
    return cited


def published_page_url(question, request=None):
    page = question.page
    if question.status != Question.Status.PUBLISHED or page is None or not page.live:
        return None
    return page.get_url(request)


def masked_contact(question):
    return masked_for_asker(question.contact_kind, question.contact)


def expected_within_days():
    return settings.QA_ANSWER_WITHIN_DAYS


class ReplyRefused(Exception):
    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


def clean_reply(raw):
    """The reply as plain text; ``ReplyRefused`` when it is empty or too long."""
    text = plain_text(raw)
    if len(text) < REPLY_MIN_LENGTH:
        raise ReplyRefused("Hãy nhập thông tin bổ sung.", "message")
    if len(text) > REPLY_MAX_LENGTH:
        raise ReplyRefused(
            f"Phần bổ sung dài quá {REPLY_MAX_LENGTH} ký tự (hiện có {len(text)}); hãy viết "
            "ngắn gọn hơn.",
            "message",
        )
    return text


def reply_allowed_from(request):
    """Count one reply from the client's address (``QA_RATE_LIMITS["reply"]["ip"]``),
    before the question is looked up: replying is one more way to try codes."""
    return QA_LIMITS.hit("reply", "ip", address_counted(request))


def reply_allowed_to(question):
    """Count one reply to ``question`` (``QA_RATE_LIMITS["reply"]["question"]``)."""
    return QA_LIMITS.hit("reply", "question", question.pk)


def reply(question, raw):
    """The asker's reply to a request for clarification (``moderation.citizen_replied``):
    a public ``replied`` event, and the question back in the queue it came from.
    ``ReplyRefused`` unless the question is waiting for clarification."""
    text = clean_reply(raw)
    try:
        stored = moderation.citizen_replied(question, text)
    except moderation.NotAllowed as error:
        raise ReplyRefused(NOT_CLARIFYING) from error
    question.status, question.waiting_since = stored.status, stored.waiting_since
    return question
