"""``/api/contests/``: registering, signing in and taking rounds, for district sites and
a mobile app. Participants authenticate with ``Authorization: Bearer <token>``.

What a round's questions are is only ever given inside an attempt, without the answers;
the answers and explanations come back with the result once the round has closed (if
the round publishes them).
"""

import datetime

from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError, Throttled
from ninja.renderers import JSONRenderer
from ninja.security import HttpBearer

from django.http import HttpResponse

from . import taking
from .accounts import TooManyAttempts, authenticate
from .captcha import new_challenge, solved
from .drawing import public_questions, shown_answers
from .forms import RegistrationForm
from .limits import Limits, client_of
from .scoring import answer_sheet
from .tokens import participant_for, signed, token_for

router = Router(tags=["Cuộc thi"])
# What the API renders responses with (ninja's default).
RENDERER = JSONRenderer()

# Why each refusal is refused, as an HTTP status.
STATUS = {
    "not_found": 404,
    "not_eligible": 403,
    "cccd_required": 403,
    "cccd_taken": 409,
    "invalid_answers": 400,
    "invalid_prediction": 400,
    "signed_out": 401,
}


class ParticipantAuth(HttpBearer):
    """A participant's token. ``request.auth`` is their Participant or, with
    ``signature_only``, a ``tokens.Signed``: that is for the endpoints that read the
    participant's attempt, whose query checks that the token is still theirs (a revoked
    one is answered 401), so the busiest requests, saving and submitting, spare a query.
    """

    def __init__(self, signature_only=False):
        super().__init__()
        self.signature_only = signature_only

    def authenticate(self, request, token):
        return signed(token) if self.signature_only else participant_for(token)


class RegistrationIn(Schema):
    phone: str = Field(description="Số di động; 0912345678, +84912345678... đều được.")
    password: str = Field(min_length=8)
    full_name: str
    birth_date: datetime.date
    unit: str = Field(description="Đường dẫn (slug) của đơn vị dự thi, từ /api/taxonomy/units.")
    cccd: str = Field("", description="12 chữ số; bắt buộc với cuộc thi yêu cầu CCCD.")
    email: str = ""
    consent: bool = Field(description="Đồng ý xử lý dữ liệu cá nhân; phải là true.")
    captcha_key: str = Field(description="Khóa lấy từ GET /api/contests/captcha.")
    captcha_answer: str = Field(description="Các ký tự trong ảnh mã xác nhận.")


class CaptchaOut(Schema):
    key: str
    image: str = Field(description="Địa chỉ ảnh mã xác nhận (PNG).")


class ParticipantOut(Schema):
    phone: str
    full_name: str
    birth_date: datetime.date
    unit: str
    cccd: str
    email: str


class SignedIn(Schema):
    token: str
    participant: ParticipantOut


class SignInIn(Schema):
    phone: str
    password: str


class OptionOut(Schema):
    key: int = Field(
        description="Mã để trả lời phương án này: ngẫu nhiên, riêng cho từng lượt làm bài "
        "và từng câu hỏi; không cho biết thứ tự hay vị trí của phương án."
    )
    text: str


class QuestionOut(Schema):
    id: str
    number: int
    type: str = Field(description="single_choice, multiple_choice hoặc true_false")
    text: str
    points: int
    options: list[OptionOut]


class AttemptOut(Schema):
    id: int
    round: int
    number: int
    started_at: datetime.datetime
    deadline: datetime.datetime
    seconds_left: int
    finished: bool
    questions: list[QuestionOut]
    answers: dict[str, list[int]]
    prediction: int | None
    prediction_question: str


class AnswersIn(Schema):
    answers: dict[str, list[int]] = Field(
        default_factory=dict, description="{mã câu hỏi: [key của các phương án đã chọn]}"
    )
    prediction: int | None = Field(None, ge=0)


class SubmitIn(Schema):
    answers: dict[str, list[int]] | None = Field(
        None, description="Bỏ trống để nộp các câu trả lời đã lưu."
    )
    prediction: int | None = Field(None, ge=0)


class SheetItem(Schema):
    id: str
    text: str
    options: list[OptionOut]
    chosen: list[int]
    correct: list[int]
    explanation: str


class ResultOut(Schema):
    id: int
    round: int
    number: int
    finish: str = Field(description="submitted, hoặc expired (hết giờ, tính các câu đã lưu)")
    score: int
    correct_count: int
    question_count: int
    duration_ms: int
    prediction: int | None
    answer_sheet: list[SheetItem] | None = Field(
        None, description="Đáp án và giải thích: chỉ sau khi vòng thi kết thúc, nếu được công bố."
    )


def refusal_status(refusal):
    """The HTTP status of a ``taking.Refused`` (the API's exception handler uses it)."""
    return STATUS.get(refusal.code, 409)


def _participant_out(participant):
    return {
        "phone": participant.phone,
        "full_name": participant.full_name,
        "birth_date": participant.birth_date,
        "unit": participant.unit.slug,
        "cccd": participant.cccd,
        "email": participant.email,
    }


def _documented(request, data):
    """``data``, built here to its operation's documented response schema, rendered as
    ninja renders every response but without validating it against that schema again:
    for the busiest endpoints, validating an attempt's questions and options object by
    object cost as much CPU as all the rest of the request. A test checks that each
    answer given this way conforms to its schema."""
    content = RENDERER.render(request, data, response_status=200)
    return HttpResponse(content, content_type=f"{RENDERER.media_type}; charset={RENDERER.charset}")


def _attempt_out(attempt):
    return {
        "id": attempt.pk,
        "round": attempt.quiz_id,
        "number": attempt.number,
        "started_at": attempt.started_at,
        "deadline": attempt.deadline,
        "seconds_left": attempt.seconds_left,
        "finished": attempt.finished_at is not None,
        "questions": public_questions(attempt.quiz, attempt.questions),
        "answers": shown_answers(attempt.questions, attempt.answers),
        "prediction": attempt.prediction,
        "prediction_question": attempt.quiz.prediction_question,
    }


def _result_out(attempt):
    quiz = attempt.quiz
    published = quiz.show_answers_after_close and quiz.state() == "closed"
    return {
        "id": attempt.pk,
        "round": quiz.pk,
        "number": attempt.number,
        "finish": attempt.finish,
        "score": attempt.score,
        "correct_count": attempt.correct_count,
        "question_count": len(attempt.questions),
        "duration_ms": attempt.duration_ms,
        "prediction": attempt.prediction,
        "answer_sheet": (
            answer_sheet(quiz, attempt.questions, attempt.answers) if published else None
        ),
    }


@router.get("/captcha", response=CaptchaOut, summary="Mã xác nhận cho đăng ký")
def captcha_challenge(request):
    key, image = new_challenge()
    return {"key": key, "image": request.build_absolute_uri(image)}


@router.post(
    "/participants",
    response={201: SignedIn},
    throttle=Limits("register"),
    summary="Đăng ký dự thi",
)
def register(request, data: RegistrationIn):
    if not solved(data.captcha_key, data.captcha_answer):
        raise HttpError(400, "Mã xác nhận không đúng hoặc đã hết hạn; hãy lấy mã mới.")
    form = RegistrationForm(data.dict())
    if not form.is_valid():
        raise HttpError(400, "; ".join(f"{k}: {' '.join(v)}" for k, v in form.errors.items()))
    ip, device = client_of(request)
    participant = form.save(ip=ip, device=device)
    return Status(
        201, {"token": token_for(participant), "participant": _participant_out(participant)}
    )


@router.post(
    "/token",
    response=SignedIn,
    throttle=Limits("sign_in"),
    summary="Đăng nhập bằng số điện thoại",
)
def sign_in(request, data: SignInIn):
    try:
        participant = authenticate(data.phone, data.password)
    except TooManyAttempts as refusal:
        raise Throttled(wait=refusal.wait) from None
    if participant is None:
        raise HttpError(401, "Số điện thoại hoặc mật khẩu không đúng.")
    return {"token": token_for(participant), "participant": _participant_out(participant)}


@router.get("/me", response=ParticipantOut, auth=ParticipantAuth(), summary="Thông tin của tôi")
def me(request):
    return _participant_out(request.auth)


@router.post(
    "/rounds/{round_id}/attempts",
    response=AttemptOut,
    auth=ParticipantAuth(signature_only=True),
    throttle=Limits("start"),
    summary="Bắt đầu lượt làm bài, hoặc tiếp tục lượt đang làm",
)
def start(request, round_id: int):
    ip, device = client_of(request)
    attempt = taking.start(round_id, request.auth, ip=ip, device=device, public_only=True)
    return _documented(request, _attempt_out(attempt))


@router.get(
    "/attempts/{attempt_id}",
    response=AttemptOut,
    auth=ParticipantAuth(signature_only=True),
    summary="Lượt làm bài",
)
def attempt_detail(request, attempt_id: int):
    return _documented(request, _attempt_out(taking.own_attempt(attempt_id, request.auth)))


@router.put(
    "/attempts/{attempt_id}/answers",
    response=AttemptOut,
    auth=ParticipantAuth(signature_only=True),
    throttle=Limits("save"),
    summary="Lưu câu trả lời",
)
def save_answers(request, attempt_id: int, data: AnswersIn):
    attempt = taking.save(attempt_id, request.auth, data.answers, data.prediction)
    return _documented(request, _attempt_out(attempt))


@router.post(
    "/attempts/{attempt_id}/submit",
    response=ResultOut,
    auth=ParticipantAuth(signature_only=True),
    throttle=Limits("submit"),
    summary="Nộp bài (nộp lại trả về kết quả lần đầu)",
)
def submit(request, attempt_id: int, data: SubmitIn):
    attempt = taking.submit(attempt_id, request.auth, data.answers, data.prediction)
    return _documented(request, _result_out(attempt))


@router.get(
    "/attempts/{attempt_id}/result",
    response=ResultOut,
    auth=ParticipantAuth(signature_only=True),
    summary="Kết quả lượt làm bài",
)
def result(request, attempt_id: int):
    attempt = taking.own_attempt(attempt_id, request.auth)
    if attempt.finished_at is None:
        raise HttpError(409, "Lượt làm bài chưa kết thúc.")
    return _documented(request, _result_out(attempt))
