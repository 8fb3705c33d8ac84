"""How an asker's contact is shown: to staff without the permission, enough to tell two
askers apart; to the asker, enough to recognise their own."""

from qa.contacts import masked_for_asker, masked_for_staff
from qa.models import Question

EMAIL = Question.ContactKind.EMAIL
PHONE = Question.ContactKind.PHONE


def test_staff_see_neither_the_mailbox_nor_the_provider():
    shown = masked_for_staff(EMAIL, "hoa.nguyen@gmail.com")
    assert shown == "h•••@g•••.com"
    assert "nguyen" not in shown and "gmail" not in shown


def test_staff_see_the_ends_of_a_phone_number():
    assert masked_for_staff(PHONE, "0912345678") == "09•••••678"


def test_the_asker_recognises_their_address():
    assert masked_for_asker(EMAIL, "hoa.nguyen@gmail.com") == "ho•••@gmail.com"
    assert masked_for_asker(PHONE, "0912345678") == "09•••••678"
    assert masked_for_asker(PHONE, "") == ""
