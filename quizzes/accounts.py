"""Signing participants in and out and changing their password, for the API and the
contest pages alike (registering and resetting a forgotten password go through a code
sent by SMS: ``quizzes.verification``).

Password guessing is limited per account (by phone number) as well as per address, so
that spreading the guesses over many addresses does not help; an unknown number costs
the hasher's work all the same, so timing does not tell which numbers are registered.
"""

from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password

from home.phones import InvalidPhone, normalise_phone

from .limits import hit, retry_after
from .models import Participant


class TooManyAttempts(Exception):
    def __init__(self, wait):
        super().__init__(wait)
        self.wait = wait


class WrongPassword(Exception):
    """The current password given to change it is not the account's."""


def authenticate(phone, password):
    """The participant with this phone number and password, or None; TooManyAttempts
    when the number has been tried too often."""
    try:
        phone = normalise_phone(phone)
    except InvalidPhone:
        phone = None
    if not hit("sign_in", "account", phone):
        raise TooManyAttempts(retry_after("sign_in", "account"))
    participant = Participant.objects.select_related("unit").filter(phone=phone).first()
    if participant is None:
        make_password(password)
        return None
    return participant if participant.check_password(password) else None


def change_password(participant, old_password, new_password):
    """Give ``participant`` a new password and sign out every device they were signed
    in on; WrongPassword when ``old_password`` is not theirs, ValidationError when the
    new one is too weak. Signing in again is the caller's business."""
    if not participant.check_password(old_password):
        raise WrongPassword
    validate_password(new_password, participant)
    participant.set_password(new_password)
    participant.save(update_fields=["password", "token_salt"])


def sign_out_everywhere(participant):
    """Revoke every token handed out to ``participant``: the API's and the sessions'."""
    participant.new_token_salt()
    participant.save(update_fields=["token_salt"])
