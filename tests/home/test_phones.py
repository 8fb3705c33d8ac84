"""Phone numbers as account names, and what public listings show of a person."""

import pytest

from home.phones import InvalidPhone, mask_name, mask_phone, normalise_phone


@pytest.mark.parametrize(
    "typed",
    [
        "0912345678",
        "0912 345 678",
        "0912.345.678",
        "+84 912 345 678",
        "84912345678",
        "(+84)912-345-678",
    ],
)
def test_every_usual_spelling_is_one_account(typed):
    assert normalise_phone(typed) == "0912345678"


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "10 chữ số"),
        ("091234567", "10 chữ số"),
        ("01234567890", "10 chữ số"),  # an eleven-digit number retired in 2018
        ("0212345678", "bắt đầu bằng 03, 05, 07, 08 hoặc 09"),  # a landline
        ("09123x5678", "chỉ gồm chữ số"),
    ],
)
def test_what_is_not_a_mobile_number_is_refused_with_the_reason(typed, reason):
    with pytest.raises(InvalidPhone, match=reason):
        normalise_phone(typed)


def test_public_listings_show_masked_names_and_numbers():
    assert mask_name("Nguyễn Văn An") == "Nguyễn V. A."
    assert mask_name("Trần Thị Thu Hà") == "Trần T. T. H."
    assert mask_phone("0912345123") == "09•••••123"
