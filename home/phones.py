"""Vietnamese mobile numbers, and what public listings show of a person: a contest
participant's account name, the contact a citizen leaves with a legal question.

People type their number as 0912 345 678, +84 912 345 678, 84-912-345-678 or
(+84)912345678; all are one number, stored as ``0912345678``. Mobile numbers have ten
digits and begin with 03, 05, 07, 08 or 09 (the prefixes in use since the 2018
renumbering of eleven-digit numbers).
"""

import re

from django import forms

MOBILE_PREFIXES = ("03", "05", "07", "08", "09")
_SEPARATORS = re.compile(r"[\s.\-()]")


class InvalidPhone(ValueError):
    """Not a Vietnamese mobile number; the message says what is wrong, in Vietnamese."""


def normalise_phone(raw):
    """``0912345678`` for any usual spelling of that number; ``InvalidPhone`` otherwise."""
    digits = _SEPARATORS.sub("", raw or "")
    if not digits:
        raise InvalidPhone("Nhập số điện thoại di động (10 chữ số).")
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    if not digits.isdigit():
        raise InvalidPhone("Số điện thoại chỉ gồm chữ số.")
    if len(digits) != 10 or not digits.startswith(MOBILE_PREFIXES):
        raise InvalidPhone(
            "Số điện thoại di động có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09."
        )
    return digits


class PhoneInput(forms.TextInput):
    """A box that brings up a phone's number pad. The type is the widget's own: Django
    writes ``type`` before the other attributes, so one given in ``attrs`` would come
    second, and browsers keep the first."""

    input_type = "tel"

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "tel", "autocomplete": "tel", **(attrs or {})})


def mask_phone(phone):
    """``09•••••678``: enough for a winner to recognise their number, not to call it."""
    return phone[:2] + "•" * (len(phone) - 5) + phone[-3:] if len(phone) > 5 else "•" * len(phone)


def mask_name(full_name):
    """``Nguyễn V. A.`` for "Nguyễn Văn An": the family name and initials."""
    parts = full_name.split()
    if len(parts) < 2:
        return parts[0][0] + "." if parts else ""
    return " ".join([parts[0], *(f"{part[0]}." for part in parts[1:])])


def mask_cccd(cccd):
    """``••••••••1234``: the last four digits, for a person to recognise their number."""
    return "•" * 8 + cccd[-4:] if cccd else ""
