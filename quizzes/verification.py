"""Codes sent by SMS to prove a number is the participant's, for the API and the contest
pages alike: registering (the account is made when the code comes back) and resetting a
forgotten password.

Nothing here tells a stranger whether a number is registered. Every request is answered
alike, with a verification key, and sends one SMS to the number:

- registering a new number: its code;
- registering a registered number: no code, but word that someone tried, and how to
  reset the password;
- a reset for a registered number: its code;
- a reset for an unregistered number: word that it has no account.

A request that sent no code is kept without one, and any code typed for it fails
exactly as a wrong code does. The registration's password is hashed when it is
requested, whoever owns the number, so its cost tells nothing either.

A code is six digits, good for ``CODE_MINUTES`` and ``CODE_TRIES`` tries; only its keyed
hash is stored. ``manage.py clear_expired_verifications`` deletes what has expired.
"""

import datetime
import json
import secrets

from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from home.personal_data import keyed_hash, keyed_hash_matches
from home.sms import send_sms

from .accounts import TooManyAttempts
from .limits import retry_after, within
from .models import Participant, PhoneVerification

CODE_MINUTES = 10
CODE_TRIES = 5
Purpose = PhoneVerification.Purpose

# Without diacritics: a message with them is sent as Unicode, 70 characters a part
# instead of 160, and Vietnamese carriers' brand-name SMS are sent that way.
REGISTRATION_CODE = (
    "Ma xac nhan dang ky du thi: {code} (hieu luc {minutes} phut). Khong dua ma nay cho bat ky ai."
)
ALREADY_REGISTERED = (
    "Co nguoi vua dang ky du thi bang so nay, nhung so da co tai khoan. Quen mat khau? "
    "Chon 'Quen mat khau' o trang dang nhap. Khong phai ban? Bo qua tin nay."
)
RESET_CODE = (
    "Ma dat lai mat khau du thi: {code} (hieu luc {minutes} phut). Khong dua ma nay cho bat ky ai."
)
NOT_REGISTERED = (
    "Co nguoi vua yeu cau dat lai mat khau du thi cho so nay, nhung so chua dang ky. "
    "Khong phai ban? Bo qua tin nay."
)

EXPIRED = "Mã xác nhận đã hết hạn hoặc đã nhập sai quá nhiều lần; hãy yêu cầu mã mới."
WRONG = "Mã xác nhận không đúng; còn {left} lần nhập."


class CodeRefused(Exception):
    """The code typed is not (or no longer) the right one; ``message`` says so in
    Vietnamese."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class AlreadyRegistered(Exception):
    """The number was registered between the request and its code: only its owner,
    who typed the right code, can learn it."""


def start_registration(details, ip=None, device=""):
    """A registration waiting for its code, from a valid ``RegistrationForm``'s
    cleaned data; TooManyAttempts when the number or the address has had codes enough."""
    phone = details["phone"]
    verification = _new(Purpose.REGISTER, phone, ip)
    verification.password = make_password(details["password"])
    verification.details = json.dumps(
        {
            "full_name": details["full_name"],
            "birth_date": details["birth_date"].isoformat(),
            "unit": details["unit"].pk,
            "cccd": details.get("cccd", ""),
            "email": details.get("email", ""),
            "consented_at": timezone.now().isoformat(),
            "ip": ip,
            "device": device[:64],
        }
    )
    if Participant.objects.filter(phone=phone).exists():
        return _send(verification, ALREADY_REGISTERED)
    return _send(verification, REGISTRATION_CODE, with_code=True)


def confirm_registration(key, code):
    """The new participant, once ``code`` is the registration's; CodeRefused or
    AlreadyRegistered otherwise."""
    verification = _checked(key, code, Purpose.REGISTER)
    details = json.loads(verification.details)
    participant = Participant(
        phone=verification.phone,
        password=verification.password,
        full_name=details["full_name"],
        birth_date=datetime.date.fromisoformat(details["birth_date"]),
        unit_id=details["unit"],
        cccd=details["cccd"],
        email=details["email"],
        consented_at=datetime.datetime.fromisoformat(details["consented_at"]),
        registration_ip=details["ip"],
        registration_device=details["device"],
    )
    participant.new_token_salt()
    try:
        with transaction.atomic():
            _use_up(verification)
            participant.save()
    except IntegrityError:
        raise AlreadyRegistered from None
    return participant


def start_password_reset(phone, ip=None):
    """A reset waiting for its code; ``phone`` normalised. TooManyAttempts as for
    registering."""
    verification = _new(Purpose.RESET_PASSWORD, phone, ip)
    if Participant.objects.filter(phone=phone).exists():
        return _send(verification, RESET_CODE, with_code=True)
    return _send(verification, NOT_REGISTERED)


def check_new_password(key, password):
    """Django's password validators, before a code is spent: ValidationError."""
    pending = PhoneVerification.objects.filter(key=key or "").only("phone").first()
    validate_password(password, Participant(phone=pending.phone if pending else ""))


def confirm_password_reset(key, code, password):
    """The participant with ``password`` as their new password, signed out everywhere
    else; CodeRefused when ``code`` is not the reset's. Check the password first
    (``check_new_password``)."""
    verification = _checked(key, code, Purpose.RESET_PASSWORD)
    with transaction.atomic():
        _use_up(verification)
        participant = (
            Participant.objects.select_related("unit").filter(phone=verification.phone).first()
        )
        if participant is None:  # deleted since the code was sent
            raise CodeRefused(EXPIRED)
        participant.set_password(password)
        participant.save(update_fields=["password", "token_salt"])
    return participant


def pending_phone(key):
    """The number a verification ``key`` sent its SMS to, or None once it has expired."""
    return (
        PhoneVerification.objects.filter(key=key or "", expires_at__gt=timezone.now())
        .values_list("phone", flat=True)
        .first()
    )


def clear_expired(now=None):
    """Delete the verifications whose time is up; how many."""
    expired = PhoneVerification.objects.filter(expires_at__lte=now or timezone.now())
    return expired.delete()[0]


def _new(purpose, phone, ip):
    if not within("send_code", {"ip": ip, "account": phone}):
        raise TooManyAttempts(retry_after("send_code"))
    return PhoneVerification(
        key=secrets.token_urlsafe(24),
        purpose=purpose,
        phone=phone,
        tries_left=CODE_TRIES,
        expires_at=timezone.now() + datetime.timedelta(minutes=CODE_MINUTES),
    )


def _send(verification, text, with_code=False):
    code = f"{secrets.randbelow(10**6):06d}" if with_code else None
    if code:
        verification.code_hash = keyed_hash(_coded(verification.key, code))
    verification.save()
    try:
        send_sms(verification.phone, text.format(code=code, minutes=CODE_MINUTES))
    except Exception:
        verification.delete()
        raise
    return verification


def _coded(key, code):
    return f"{key}:{code}"


def _checked(key, code, purpose):
    """The verification ``key`` of ``purpose`` if ``code`` is its code; CodeRefused
    otherwise. Either way the try is counted, before the code is compared, so that
    requests sent at once get no more tries between them than one after another."""
    verification = PhoneVerification.objects.filter(
        key=key or "", purpose=purpose, expires_at__gt=timezone.now()
    ).first()
    counted = verification is not None and PhoneVerification.objects.filter(
        pk=verification.pk, tries_left__gt=0
    ).update(tries_left=F("tries_left") - 1)
    if not counted:
        raise CodeRefused(EXPIRED)
    typed = "".join((code or "").split())
    right = verification.code_hash and keyed_hash_matches(
        _coded(verification.key, typed), verification.code_hash
    )
    if not right:
        left = verification.tries_left - 1
        raise CodeRefused(WRONG.format(left=left) if left else EXPIRED)
    return verification


def _use_up(verification):
    """Delete the verification, in the transaction that acts on it: a request sent at
    the same time with the same code finds it gone."""
    if not PhoneVerification.objects.filter(pk=verification.pk).delete()[0]:
        raise CodeRefused(EXPIRED)
