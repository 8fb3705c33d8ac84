"""How an asker can be reached: a Vietnamese mobile number or an email address,
normalised so that one person is one contact however they type it, and masked wherever
staff without ``qa.view_asker_contact`` or the asker themselves see it."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from home.personal_data import keyed_hash
from home.phones import InvalidPhone, mask_phone, normalise_phone

from .models import Question

EMAIL_MAX_LENGTH = 254
MASK = "•"
INVALID_EMAIL = "Thư điện tử chưa đúng; ví dụ đúng: nguyenvana@gmail.com."


def normalise_email(raw):
    """The address in lower case (how people and mail servers treat it), or
    ``ValidationError`` with the reason in Vietnamese."""
    email = (raw or "").strip().lower()
    if len(email) > EMAIL_MAX_LENGTH:
        raise ValidationError(INVALID_EMAIL, code="invalid")
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError(INVALID_EMAIL, code="invalid") from None
    return email


def parse_contact(raw):
    """(kind, normalised contact) of what was typed in one box: an address when it
    holds "@", a mobile number otherwise. ``ValidationError`` with the reason."""
    typed = (raw or "").strip()
    if not typed:
        raise ValidationError(
            "Nhập số điện thoại di động hoặc thư điện tử để nhận thông báo khi có câu trả lời.",
            code="required",
        )
    if "@" in typed:
        return Question.ContactKind.EMAIL, normalise_email(typed)
    try:
        return Question.ContactKind.PHONE, normalise_phone(typed)
    except InvalidPhone as error:
        raise ValidationError(str(error), code="invalid") from None


def contact_hash(contact):
    """The keyed hash the asker's questions are counted and matched by."""
    return keyed_hash(contact)


def _email_for_asker(email):
    """``ng•••@gmail.com``: enough for the asker to recognise their address."""
    local, _, domain = email.partition("@")
    shown = local[:2] if len(local) > 3 else local[:1]
    return f"{shown}{MASK * 3}@{domain}"


def _email_for_staff(email):
    """``h•••@g•••.com`` for hoa.nguyen@gmail.com: enough to tell two askers apart, not
    to write to them."""
    local, at, domain = (email or "").strip().rpartition("@")
    if not at:
        return MASK * 3
    host, dot, top = domain.rpartition(".")
    masked_domain = f"{host[:1]}{MASK * 3}{dot}{top}" if dot else f"{domain[:1]}{MASK * 3}"
    return f"{local[:1]}{MASK * 3}@{masked_domain}"


def masked_for_asker(kind, contact):
    """The contact as the asker sees it when following their question by its code."""
    if not contact:
        return ""
    if kind == Question.ContactKind.EMAIL:
        return _email_for_asker(contact)
    return mask_phone(contact)


def masked_for_staff(kind, contact):
    """The contact as staff without ``qa.view_asker_contact`` see it, in the queue and
    in exports."""
    if kind == Question.ContactKind.EMAIL:
        return _email_for_staff(contact)
    return mask_phone("".join((contact or "").split()))
