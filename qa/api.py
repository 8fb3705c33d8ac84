"""``/api/qa/``: asking a legal question and following it by its tracking code, for apps
and for district, commune and department sites with their own forms.

The checks are the portal form's (``qa.asking``, ``qa.tracking``): the same fields,
messages, CAPTCHA and rate limits. Nothing here needs an account; the tracking code is
the asker's key, and of their personal data only the masked contact is ever answered.
"""

import datetime

from ninja import Field, Path, Router, Schema, Status
from ninja.errors import HttpError, Throttled, ValidationError

from django.conf import settings
from django.http import Http404, HttpResponse

from core.api_errors import ErrorOut
from core.ids import MAX_PAGE_ID
from home.captcha import new_challenge
from home.rate_limits import AddressThrottle

from . import asking, tracking
from .models import Question
from .site.asking import similar_published
from .site.pages import live_qa_index, urls

router = Router(tags=["Hỏi đáp pháp luật"])

CODE_DESCRIPTION = (
    "Mã tra cứu nhận được khi gửi câu hỏi, dạng HD-XXXXX-XXXXX (chữ hoa hay thường, có hay "
    "không có dấu gạch đều được)."
)


class NamedOut(Schema):
    slug: str = Field(description="Đường dẫn (slug): giá trị gửi lên khi đặt câu hỏi.")
    name: str


class ExchangeChoiceOut(Schema):
    id: int = Field(description="Mã trang buổi giao lưu: giá trị exchange khi đặt câu hỏi.")
    title: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    state: str = Field(description="upcoming (sắp diễn ra) hoặc live (đang diễn ra)")


class LimitsOut(Schema):
    text_min_length: int = Field(description="Số ký tự tối thiểu của câu hỏi (sau khi bỏ HTML).")
    text_max_length: int
    name_max_length: int
    contact_max_length: int
    rates: dict[str, dict[str, str]] = Field(
        description="Giới hạn tần suất, {thao tác: {theo: 'số lần/khoảng'}}: ask (đặt câu hỏi) "
        "theo ip và theo contact (người hỏi), track (tra cứu), reply (bổ sung), captcha "
        "(lấy mã kiểm tra); khoảng s, m, h, d là giây, phút, giờ, ngày."
    )


class FormOut(Schema):
    legal_fields: list[NamedOut] = Field(description="Lĩnh vực pháp luật (bắt buộc chọn một).")
    localities: list[NamedOut] = Field(
        description="Xã, phường, đặc khu đang hoạt động (không bắt buộc)."
    )
    exchanges: list[ExchangeChoiceOut] = Field(
        description="Các buổi giao lưu trực tuyến đang nhận câu hỏi."
    )
    consent: str = Field(description="Lời đồng ý xử lý dữ liệu cá nhân, hiển thị cho người hỏi.")
    consent_details: str
    limits: LimitsOut
    captcha: str = Field(description="Cách lấy mã kiểm tra (CAPTCHA) phải gửi kèm câu hỏi.")


class QuestionCaptchaOut(Schema):
    key: str = Field(description="Khóa của mã kiểm tra: gửi lại trong captcha_key.")
    image: str = Field(description="Địa chỉ ảnh mã kiểm tra (PNG); dùng được một lần, 10 phút.")


class QuestionIn(Schema):
    text: str = Field(
        description=f"Câu hỏi, {asking.TEXT_MIN_LENGTH}–{asking.TEXT_MAX_LENGTH} ký tự; "
        "HTML bị loại bỏ."
    )
    legal_field: str = Field(description="Slug của lĩnh vực, từ GET /api/qa/form.")
    locality: str | None = Field(
        None, description="Slug của xã, phường, đặc khu nơi người hỏi sinh sống (không bắt buộc)."
    )
    exchange: int | None = Field(
        None,
        ge=1,
        le=MAX_PAGE_ID,
        description="Mã buổi giao lưu đang nhận câu hỏi, từ GET /api/qa/form (không bắt buộc).",
    )
    name: str = Field(description=f"Họ và tên, tối đa {asking.NAME_MAX_LENGTH} ký tự.")
    contact: str = Field(
        description="Số điện thoại di động (0912345678, +84 912 345 678…) hoặc thư điện tử, "
        "để báo khi có câu trả lời."
    )
    consent: bool = Field(
        description="Đồng ý xử lý dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP); phải là true."
    )
    captcha_key: str = Field(description="Khóa lấy từ GET /api/qa/captcha.")
    captcha_answer: str = Field(description="Các ký tự trong ảnh mã kiểm tra.")


class SimilarOut(Schema):
    title: str
    url: str


class AskedOut(Schema):
    tracking_code: str = Field(description="Mã tra cứu: cho người hỏi giữ lại.")
    status: str
    status_label: str
    resent: bool = Field(
        description="true khi chính người hỏi vừa gửi câu hỏi này: không tạo câu hỏi mới, "
        "mã tra cứu là của câu hỏi đã gửi."
    )
    detail: str = Field(description="Thông báo cho người hỏi.")
    contact: str = Field(description="Nơi sẽ nhận thông báo, đã che bớt.")
    track_url: str | None = Field(description="Trang tra cứu câu hỏi trên cổng.")
    similar_answer: SimilarOut | None = Field(
        description="Câu trả lời đã đăng cho một câu hỏi tương tự, nếu có."
    )


class EventOut(Schema):
    at: datetime.datetime
    action: str
    label: str
    message: str


class ReferenceOut(Schema):
    document_title: str
    document_number: str
    article_label: str = Field(description="Điều được dẫn, ví dụ Điều 56; rỗng nếu dẫn cả văn bản.")
    url: str | None = Field(description="Văn bản (và điều) trên tủ sách pháp luật.")


class QuestionStatusOut(Schema):
    tracking_code: str
    status: str = Field(description="new, assigned, clarifying, answered, published, rejected")
    status_label: str
    status_text: str = Field(description="Tình trạng, giải thích cho người hỏi.")
    title: str
    text: str
    legal_field: NamedOut | None
    locality: NamedOut | None
    asked_at: datetime.datetime
    contact: str = Field(description="Nơi nhận thông báo, đã che bớt.")
    timeline: list[EventOut] = Field(description="Các bước người hỏi được xem, cũ trước mới sau.")
    clarification: str = Field(description="Nội dung đơn vị đề nghị bổ sung (khi clarifying).")
    can_reply: bool = Field(description="true khi câu hỏi chờ người hỏi bổ sung thông tin.")
    answer: str | None = Field(description="Câu trả lời (HTML), khi đã trả lời.")
    answered_at: datetime.datetime | None
    references: list[ReferenceOut]
    rejection_reason: str | None
    page_url: str | None = Field(description="Trang hỏi đáp đã đăng công khai, nếu có.")


class ReplyIn(Schema):
    message: str = Field(
        description=f"Thông tin bổ sung, tối đa {tracking.REPLY_MAX_LENGTH} ký tự; HTML bị loại bỏ."
    )


class ReplyOut(Schema):
    status: str
    status_label: str
    detail: str


def _named(item):
    return {"slug": item.slug, "name": item.name} if item is not None else None


@router.get("/form", response=FormOut, summary="Những gì cần để đặt câu hỏi")
def question_form(request):
    """Danh sách lĩnh vực, địa bàn, buổi giao lưu đang nhận câu hỏi, lời đồng ý xử lý dữ
    liệu cá nhân và các giới hạn, để ứng dụng dựng mẫu đặt câu hỏi."""
    return {
        "legal_fields": [_named(field) for field in asking.legal_fields()],
        "localities": [_named(unit) for unit in asking.localities()],
        "exchanges": [
            {
                "id": page.pk,
                "title": page.title,
                "starts_at": page.starts_at,
                "ends_at": page.ends_at,
                "state": page.state,
            }
            for page in asking.exchanges_taking_questions()
        ],
        "consent": asking.CONSENT_TEXT,
        "consent_details": asking.CONSENT_DETAILS,
        "limits": {
            "text_min_length": asking.TEXT_MIN_LENGTH,
            "text_max_length": asking.TEXT_MAX_LENGTH,
            "name_max_length": asking.NAME_MAX_LENGTH,
            "contact_max_length": asking.CONTACT_MAX_LENGTH,
            "rates": settings.QA_RATE_LIMITS,
        },
        "captcha": "GET /api/qa/captcha cho khóa và ảnh; gửi khóa trong captcha_key và các ký "
        "tự đọc được trong captcha_answer. Mỗi mã dùng một lần, kể cả khi gõ sai.",
    }


@router.get(
    "/captcha",
    response=QuestionCaptchaOut,
    throttle=AddressThrottle(asking.QA_LIMITS, "captcha"),
    summary="Mã kiểm tra (CAPTCHA) cho câu hỏi mới",
)
def captcha_challenge(request):
    key, image = new_challenge()
    return {"key": key, "image": request.build_absolute_uri(image)}


@router.post(
    "/questions",
    response={201: AskedOut, 200: AskedOut, 429: ErrorOut},
    summary="Đặt câu hỏi pháp luật",
)
def ask_question(request, data: QuestionIn, response: HttpResponse):
    """Gửi câu hỏi; trả 201 với mã tra cứu. Khi chính người hỏi (cùng số điện thoại hoặc
    thư điện tử) vừa gửi câu hỏi này trong ít phút, trả 200 với mã của câu hỏi đã gửi và
    resent = true, không tạo câu hỏi mới.

    Lỗi 400 nêu từng trường sai trong errors (loc = ["body", tên trường]); 429 khi địa chỉ
    mạng hoặc người hỏi gửi quá nhiều, kèm Retry-After."""
    form = asking.ApiQuestionForm(data.dict())
    try:
        asked = asking.ask(request, form, Question.Channel.API)
    except asking.TooMany as refusal:
        response["Retry-After"] = str(refusal.retry_after)
        return Status(429, {"detail": refusal.message})
    if asked is None:
        raise ValidationError(
            [
                {
                    "loc": ["body"] if field == "__all__" else ["body", field],
                    "msg": str(message),
                    "type": error.code or "invalid",
                }
                for field, errors in form.errors.as_data().items()
                for error in errors
                for message in error.messages
            ]
        )
    question = asked.question
    index = live_qa_index()
    label, _ = tracking.status_of(question)
    body = {
        "tracking_code": question.tracking_code,
        "status": question.status,
        "status_label": label,
        "resent": asked.resent,
        "detail": asked.notice
        or f"Đã nhận câu hỏi. Mã tra cứu của bạn là {question.tracking_code}.",
        "contact": tracking.masked_contact(question),
        "track_url": request.build_absolute_uri(urls(index)["track_url"]) if index else None,
        "similar_answer": similar_published(question, request),
    }
    return Status(200 if asked.resent else 201, body)


def _question(code):
    question = tracking.find(code)
    if question is None:
        raise Http404(tracking.NOT_FOUND)
    return question


@router.get(
    "/questions/{tracking_code}",
    response=QuestionStatusOut,
    throttle=AddressThrottle(asking.QA_LIMITS, "track"),
    summary="Tra cứu câu hỏi bằng mã tra cứu",
)
def question_status(request, tracking_code: str = Path(..., description=CODE_DESCRIPTION)):
    """Tình trạng, các bước đã qua, câu trả lời và căn cứ pháp lý của câu hỏi. Không có họ
    tên người hỏi; thông tin liên hệ đã che bớt. 404 khi không có câu hỏi với mã này."""
    question = _question(tracking_code)
    label, explanation = tracking.status_of(question)
    return {
        "tracking_code": question.tracking_code,
        "status": question.status,
        "status_label": label,
        "status_text": explanation,
        "title": question.display_title,
        "text": question.text,
        "legal_field": _named(question.legal_field),
        "locality": _named(question.locality),
        "asked_at": question.created_at,
        "contact": tracking.masked_contact(question),
        "timeline": tracking.public_events(question),
        "clarification": tracking.clarification_request(question),
        "can_reply": question.status == Question.Status.CLARIFYING,
        "answer": tracking.answer_html(question) or None,
        "answered_at": question.answered_at
        if question.status in tracking.ANSWERED_STATES
        else None,
        "references": tracking.references(question, request),
        "rejection_reason": (
            question.rejection_reason if question.status == Question.Status.REJECTED else None
        ),
        "page_url": _absolute(request, tracking.published_page_url(question, request)),
    }


def _absolute(request, url):
    return request.build_absolute_uri(url) if url else None


@router.post(
    "/questions/{tracking_code}/replies",
    response={201: ReplyOut},
    summary="Bổ sung thông tin theo đề nghị của đơn vị trả lời",
)
def reply(
    request,
    data: ReplyIn,
    tracking_code: str = Path(..., description=CODE_DESCRIPTION),
):
    """Chỉ khi câu hỏi đang chờ bổ sung (status clarifying; 409 ở trạng thái khác). Câu hỏi
    trở lại đơn vị trả lời (assigned), hoặc hàng chờ phân công (new) khi chưa giao đơn vị."""
    if not tracking.reply_allowed_from(request):
        raise Throttled(wait=asking.QA_LIMITS.seconds_left("reply", "ip"))
    question = _question(tracking_code)
    if not tracking.reply_allowed_to(question):
        raise Throttled(wait=asking.QA_LIMITS.seconds_left("reply", "question"))
    try:
        tracking.reply(question, data.message)
    except tracking.ReplyRefused as refusal:
        if refusal.field:
            raise ValidationError(
                [{"loc": ["body", refusal.field], "msg": refusal.message, "type": "invalid"}]
            ) from None
        raise HttpError(409, refusal.message) from None
    label, _ = tracking.status_of(question)
    return Status(
        201,
        {
            "status": question.status,
            "status_label": label,
            "detail": "Đã gửi thông tin bổ sung; câu hỏi đã được chuyển lại cho đơn vị trả lời.",
        },
    )
