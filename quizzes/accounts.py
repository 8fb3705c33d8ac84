"""Signing participants in, for the API and the contest pages alike.

Password guessing is limited per account (by phone number) as well as per address, so
that spreading the guesses over many addresses does not help; an unknown number costs
the hasher's work all the same, so timing does not tell which numbers are registered.
"""

from .limits import hit, retry_after
from .models import Participant
from .phones import InvalidPhone, normalise_phone


class TooManyAttempts(Exception):
    def __init__(self, wait):
        super().__init__(wait)
        self.wait = wait


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
        Participant().set_password(password)
        return None
    return participant if participant.check_password(password) else None
