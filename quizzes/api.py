"""``/api/contests/``: taking rounds, for district sites and a mobile app (accounts:
``quizzes.account_api``). Participants authenticate with ``Authorization: Bearer <token>``.

What a round's questions are is only ever given inside an attempt, without the answers;
the answers and explanations come back with the result once the round has closed (if
the round publishes them).
"""

import datetime

from ninja import Field, Router, Schema
from ninja.errors import HttpError
from ninja.security import HttpBearer

from django.http import HttpResponse

from core.api_renderers import UTF8JSONRenderer
from home.captcha import new_challenge

from . import taking
from .drawing import public_questions, shown_answers
from .limits import Limits, client_of
from .scoring import answer_sheet
from .tokens import participant_for, signed

router = Router(tags=["Cuộc thi"])
# What the API renders responses with (ninja's default).
RENDERER = UTF8JSONRenderer()

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


class CaptchaOut(Schema):
    key: str
    image: str = Field(description="Địa chỉ ảnh mã xác nhận (PNG).")


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
    saved_at: datetime.datetime | None = Field(
        None, description="Giờ máy chủ lưu câu trả lời: chỉ có khi vừa lưu, còn lại là null"
    )


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
        # Set by a save alone (``taking.save``): the server's time it stored the answers.
        "saved_at": getattr(attempt, "saved_at", None),
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


@router.get(
    "/captcha",
    response=CaptchaOut,
    throttle=Limits("captcha"),
    summary="Mã xác nhận cho đăng ký",
)
def captcha_challenge(request):
    key, image = new_challenge()
    return {"key": key, "image": request.build_absolute_uri(image)}


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
