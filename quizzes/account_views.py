"""The participant's account on the contest pages: register (then type the code the SMS
brought), sign in, forgotten password (a code, then a new password), change the
password, sign out. The rules are the API's: ``quizzes.verification`` and
``quizzes.accounts`` enforce them for both.

Signing out ends this browser's session, which holds the participant's token: nothing
that signs in is left in the browser, and the participant's other devices (an app in
the middle of a round, say) stay signed in. "Đăng xuất khỏi mọi thiết bị", on the
password page, revokes every token, for whoever left a session open on a shared
computer; a new password does the same.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from home.captcha import TOO_MANY_CHALLENGES
from home.phones import mask_phone
from home.sms import SmsNotSent

from . import accounts, verification
from .forms import (
    CodeForm,
    PageRegistrationForm,
    PasswordChangeForm,
    PasswordResetForm,
    PasswordResetRequestForm,
    SignInForm,
)
from .limits import allow, client_of, retry_after
from .site_views import SESSION_KEY, TOO_MANY, _render, signed_in
from .tokens import token_for

# The verification waiting for its code, per purpose, in the session.
PENDING = {
    verification.Purpose.REGISTER: "contest_registration",
    verification.Purpose.RESET_PASSWORD: "contest_password_reset",
}
SMS_FAILED = "Chưa gửi được tin nhắn; hãy thử lại sau ít phút."
SIGNED_OUT_ELSEWHERE = "Đã đặt mật khẩu mới; các thiết bị khác đã được đăng xuất."
ALREADY_REGISTERED = "Số điện thoại này đã có tài khoản; hãy đăng nhập hoặc đặt lại mật khẩu."


def _sign_in(request, participant):
    request.session.cycle_key()  # a new session id: no fixation from before sign-in
    request.session[SESSION_KEY] = token_for(participant)


def _next_url(request, default):
    target = request.POST.get("next") or request.GET.get("next")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if target and safe else default


def _with_next(url, next_url):
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def _send_code(form, start, *args):
    """``start(*args)``: the pending verification, or None with the refusal on ``form``."""
    try:
        return start(*args)
    except accounts.TooManyAttempts:
        form.add_error(None, TOO_MANY)
    except SmsNotSent:
        form.add_error(None, SMS_FAILED)
    return None


def _no_challenge_left(contest, request):
    """The 429 page, when the client's address has had its share of CAPTCHA challenges:
    every page with the CAPTCHA draws one, and each is a database row. None otherwise."""
    if allow(request, "captcha"):
        return None
    context = {"refusal": TOO_MANY_CHALLENGES}
    response = _render(contest, request, "quizzes/too_many.html", context)
    response.status_code = 429
    response["Retry-After"] = str(retry_after("captcha", "ip"))
    return response


def register(contest, request):
    if signed_in(request):
        return redirect(_next_url(request, contest.url))
    refused = _no_challenge_left(contest, request)
    if refused:
        return refused
    next_url = _next_url(request, "")
    form = PageRegistrationForm(contest=contest)
    if request.method == "POST":
        form = PageRegistrationForm(request.POST, contest=contest)
        if not allow(request, "register"):
            form.add_error(None, TOO_MANY)
        elif form.is_valid():
            ip, device = client_of(request)
            pending = _send_code(
                form, verification.start_registration, form.cleaned_data, ip, device
            )
            if pending:
                request.session[PENDING[verification.Purpose.REGISTER]] = pending.key
                return redirect(_with_next(contest.route_url("confirm"), next_url))
    context = {"form": form, "next": next_url}
    return _render(contest, request, "quizzes/register.html", context)


def confirm(contest, request):
    """The code of the registration this browser started."""
    key = request.session.get(PENDING[verification.Purpose.REGISTER])
    phone = verification.pending_phone(key)
    if phone is None:
        messages.error(request, verification.EXPIRED)
        return redirect(contest.route_url("register"))
    form = CodeForm()
    if request.method == "POST":
        form = CodeForm(request.POST)
        if not allow(request, "confirm_code"):
            form.add_error(None, TOO_MANY)
        elif form.is_valid():
            try:
                participant = verification.confirm_registration(key, form.cleaned_data["code"])
            except verification.CodeRefused as refusal:
                form.add_error("code", refusal.message)
            except verification.AlreadyRegistered:
                form.add_error(None, ALREADY_REGISTERED)
            else:
                _sign_in(request, participant)
                messages.success(request, f"Đăng ký thành công. Chào {participant.full_name}!")
                return redirect(_next_url(request, contest.url))
    context = {
        "form": form,
        "next": _next_url(request, ""),
        "sent_to": mask_phone(phone),
        "minutes": verification.CODE_MINUTES,
    }
    return _render(contest, request, "quizzes/confirm.html", context)


def sign_in(contest, request):
    form = SignInForm()
    if request.method == "POST":
        form = SignInForm(request.POST)
        if not allow(request, "sign_in"):
            form.add_error(None, TOO_MANY)
        elif form.is_valid():
            try:
                participant = accounts.authenticate(
                    form.cleaned_data["phone"], form.cleaned_data["password"]
                )
            except accounts.TooManyAttempts:
                participant = None
                form.add_error(None, TOO_MANY)
            else:
                if participant is None:
                    form.add_error(None, "Số điện thoại hoặc mật khẩu không đúng.")
            if participant is not None:
                _sign_in(request, participant)
                return redirect(_next_url(request, contest.url))
    context = {"form": form, "next": _next_url(request, "")}
    return _render(contest, request, "quizzes/sign_in.html", context)


def forgot_password(contest, request):
    refused = _no_challenge_left(contest, request)
    if refused:
        return refused
    next_url = _next_url(request, "")
    form = PasswordResetRequestForm()
    if request.method == "POST":
        form = PasswordResetRequestForm(request.POST)
        if not allow(request, "reset_password"):
            form.add_error(None, TOO_MANY)
        elif form.is_valid():
            ip, _ = client_of(request)
            pending = _send_code(
                form, verification.start_password_reset, form.cleaned_data["phone"], ip
            )
            if pending:
                request.session[PENDING[verification.Purpose.RESET_PASSWORD]] = pending.key
                return redirect(_with_next(contest.route_url("reset_password"), next_url))
    context = {"form": form, "next": next_url}
    return _render(contest, request, "quizzes/forgot_password.html", context)


def reset_password(contest, request):
    """The code of the reset this browser asked for, and the new password."""
    key = request.session.get(PENDING[verification.Purpose.RESET_PASSWORD])
    phone = verification.pending_phone(key)
    if phone is None:
        messages.error(request, verification.EXPIRED)
        return redirect(contest.route_url("forgot_password"))
    form = PasswordResetForm()
    if request.method == "POST":
        form = PasswordResetForm(request.POST)
        if not allow(request, "confirm_code"):
            form.add_error(None, TOO_MANY)
        elif form.is_valid():
            password = form.cleaned_data["new_password"]
            try:
                verification.check_new_password(key, password)
                participant = verification.confirm_password_reset(
                    key, form.cleaned_data["code"], password
                )
            except ValidationError as error:
                form.add_error("new_password", error)
            except verification.CodeRefused as refusal:
                form.add_error("code", refusal.message)
            else:
                _sign_in(request, participant)
                messages.success(request, SIGNED_OUT_ELSEWHERE)
                return redirect(_next_url(request, contest.url))
    context = {
        "form": form,
        "next": _next_url(request, ""),
        "sent_to": mask_phone(phone),
        "minutes": verification.CODE_MINUTES,
    }
    return _render(contest, request, "quizzes/reset_password.html", context)


def change_password(contest, request):
    participant = request.participant = signed_in(request)
    if participant is None:
        here = contest.route_url("change_password")
        return redirect(_with_next(contest.route_url("sign_in"), here))
    form = PasswordChangeForm()
    if request.method == "POST":
        form = PasswordChangeForm(request.POST)
        if not allow(request, "change_password", participant):
            form.add_error(None, TOO_MANY)
        elif form.is_valid():
            try:
                accounts.change_password(
                    participant,
                    form.cleaned_data["old_password"],
                    form.cleaned_data["new_password"],
                )
            except accounts.WrongPassword:
                form.add_error("old_password", "Mật khẩu hiện tại không đúng.")
            except ValidationError as error:
                form.add_error("new_password", error)
            else:
                _sign_in(request, participant)
                messages.success(request, SIGNED_OUT_ELSEWHERE)
                return redirect(contest.url)
    return _render(contest, request, "quizzes/change_password.html", {"form": form})


def sign_out(contest, request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    request.session.flush()
    messages.info(request, "Bạn đã đăng xuất.")
    return redirect(contest.url)


def sign_out_everywhere(contest, request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    participant = signed_in(request)
    if participant is not None:
        if not allow(request, "sign_out", participant):
            messages.error(request, TOO_MANY)
            return redirect(contest.route_url("change_password"))
        accounts.sign_out_everywhere(participant)
    request.session.flush()
    messages.info(request, "Bạn đã đăng xuất khỏi mọi thiết bị.")
    return redirect(contest.url)
