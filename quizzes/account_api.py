"""``/api/contests/``: participants' accounts, for district sites and a mobile app.

Registering and resetting a forgotten password take two steps: the request (with a
CAPTCHA answered) sends a code by SMS and answers 202 with a verification key; the key
and the code then make the account, or set the new password, and sign in. The 202 is the
same whether the number is registered or not (``quizzes.verification``).

Participants authenticate with ``Authorization: Bearer <token>``; signing out, a new
password and a reset revoke every token handed out before.
"""

import datetime

from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError, Throttled

from django.core.exceptions import ValidationError

from home.captcha import solved
from home.phones import InvalidPhone, mask_phone, normalise_phone
from home.sms import SmsNotSent

from . import accounts, verification
from .api import ParticipantAuth
from .forms import RegistrationForm
from .limits import Limits, client_of
from .tokens import token_for

router = Router(tags=["Cuộc thi: tài khoản"])

CAPTCHA_REFUSED = "Mã kiểm tra không đúng hoặc đã hết hạn; hãy lấy ảnh mới."
SMS_FAILED = "Chưa gửi được tin nhắn; hãy thử lại sau ít phút."
ALREADY_REGISTERED = "Số điện thoại này đã có tài khoản; hãy đăng nhập hoặc đặt lại mật khẩu."


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
    captcha_answer: str = Field(description="Các ký tự trong ảnh mã kiểm tra.")


class VerificationSent(Schema):
    verification: str = Field(description="Khóa gửi kèm mã xác nhận ở bước sau.")
    sent_to: str = Field(description="Số điện thoại nhận tin nhắn, đã che bớt.")
    expires_in: int = Field(description="Số giây mã xác nhận còn hiệu lực.")
    detail: str


class CodeIn(Schema):
    verification: str
    code: str = Field(description="6 chữ số trong tin nhắn.")


class ParticipantOut(Schema):
    phone: str
    full_name: str
    birth_date: datetime.date
    unit: str
    cccd: str = Field(description="Chỉ 4 chữ số cuối; rỗng nếu không khai.")
    email: str


class SignedIn(Schema):
    token: str
    participant: ParticipantOut


class SignInIn(Schema):
    phone: str
    password: str


class PasswordResetIn(Schema):
    phone: str
    captcha_key: str = Field(description="Khóa lấy từ GET /api/contests/captcha.")
    captcha_answer: str = Field(description="Các ký tự trong ảnh mã kiểm tra.")


class PasswordResetConfirmIn(Schema):
    verification: str
    code: str = Field(description="6 chữ số trong tin nhắn.")
    new_password: str = Field(min_length=8)


class PasswordChangeIn(Schema):
    old_password: str
    new_password: str = Field(min_length=8)


def _participant_out(participant):
    return {
        "phone": participant.phone,
        "full_name": participant.full_name,
        "birth_date": participant.birth_date,
        "unit": participant.unit.slug,
        "cccd": participant.masked_cccd,
        "email": participant.email,
    }


def _signed_in(participant):
    return {"token": token_for(participant), "participant": _participant_out(participant)}


def _sent(pending):
    return {
        "verification": pending.key,
        "sent_to": mask_phone(pending.phone),
        "expires_in": verification.CODE_MINUTES * 60,
        "detail": f"Đã gửi tin nhắn đến số {mask_phone(pending.phone)}.",
    }


def _send_code(start, *args):
    """``start(*args)``, its refusals as HTTP errors."""
    try:
        return start(*args)
    except accounts.TooManyAttempts as refusal:
        raise Throttled(wait=refusal.wait) from None
    except SmsNotSent:
        raise HttpError(503, SMS_FAILED) from None


@router.post(
    "/participants",
    response={202: VerificationSent},
    throttle=Limits("register"),
    summary="Đăng ký dự thi: gửi mã xác nhận qua tin nhắn",
)
def register(request, data: RegistrationIn):
    if not solved(data.captcha_key, data.captcha_answer):
        raise HttpError(400, CAPTCHA_REFUSED)
    form = RegistrationForm(data.dict())
    if not form.is_valid():
        raise HttpError(400, "; ".join(f"{k}: {' '.join(v)}" for k, v in form.errors.items()))
    ip, device = client_of(request)
    pending = _send_code(verification.start_registration, form.cleaned_data, ip, device)
    return Status(202, _sent(pending))


@router.post(
    "/participants/confirm",
    response={201: SignedIn},
    throttle=Limits("confirm_code"),
    summary="Xác nhận đăng ký bằng mã trong tin nhắn",
)
def confirm_registration(request, data: CodeIn):
    try:
        participant = verification.confirm_registration(data.verification, data.code)
    except verification.CodeRefused as refusal:
        raise HttpError(400, refusal.message) from None
    except verification.AlreadyRegistered:
        raise HttpError(409, ALREADY_REGISTERED) from None
    return Status(201, _signed_in(participant))


@router.post(
    "/token",
    response=SignedIn,
    throttle=Limits("sign_in"),
    summary="Đăng nhập bằng số điện thoại",
)
def sign_in(request, data: SignInIn):
    try:
        participant = accounts.authenticate(data.phone, data.password)
    except accounts.TooManyAttempts as refusal:
        raise Throttled(wait=refusal.wait) from None
    if participant is None:
        raise HttpError(401, "Số điện thoại hoặc mật khẩu không đúng.")
    return _signed_in(participant)


@router.delete(
    "/token",
    response={204: None},
    auth=ParticipantAuth(),
    throttle=Limits("sign_out"),
    summary="Đăng xuất khỏi mọi thiết bị",
    description="Mọi mã đăng nhập (token) đã cấp cho người dự thi hết hiệu lực.",
)
def sign_out(request):
    accounts.sign_out_everywhere(request.auth)
    return Status(204, None)


@router.get("/me", response=ParticipantOut, auth=ParticipantAuth(), summary="Thông tin của tôi")
def me(request):
    return _participant_out(request.auth)


@router.put(
    "/me/password",
    response=SignedIn,
    auth=ParticipantAuth(),
    throttle=Limits("change_password"),
    summary="Đổi mật khẩu",
    description="Trả về mã đăng nhập mới; mọi thiết bị khác bị đăng xuất.",
)
def change_password(request, data: PasswordChangeIn):
    participant = request.auth
    try:
        accounts.change_password(participant, data.old_password, data.new_password)
    except accounts.WrongPassword:
        raise HttpError(400, "Mật khẩu hiện tại không đúng.") from None
    except ValidationError as error:
        raise HttpError(400, " ".join(error.messages)) from None
    return _signed_in(participant)


@router.post(
    "/password-reset",
    response={202: VerificationSent},
    throttle=Limits("reset_password"),
    summary="Quên mật khẩu: gửi mã đặt lại qua tin nhắn",
)
def request_password_reset(request, data: PasswordResetIn):
    if not solved(data.captcha_key, data.captcha_answer):
        raise HttpError(400, CAPTCHA_REFUSED)
    try:
        phone = normalise_phone(data.phone)
    except InvalidPhone as error:
        raise HttpError(400, str(error)) from None
    ip, _ = client_of(request)
    pending = _send_code(verification.start_password_reset, phone, ip)
    return Status(202, _sent(pending))


@router.post(
    "/password-reset/confirm",
    response=SignedIn,
    throttle=Limits("confirm_code"),
    summary="Đặt mật khẩu mới bằng mã trong tin nhắn",
    description="Đăng nhập với mật khẩu mới; mọi thiết bị khác bị đăng xuất.",
)
def confirm_password_reset(request, data: PasswordResetConfirmIn):
    try:
        verification.check_new_password(data.verification, data.new_password)
        participant = verification.confirm_password_reset(
            data.verification, data.code, data.new_password
        )
    except ValidationError as error:
        raise HttpError(400, " ".join(error.messages)) from None
    except verification.CodeRefused as refusal:
        raise HttpError(400, refusal.message) from None
    return _signed_in(participant)
