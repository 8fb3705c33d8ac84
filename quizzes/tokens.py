"""Sign-in tokens for participants (the API and the contest pages).

A token is the participant's id signed with the server's secret, a timestamp and the
participant's ``token_salt``: nothing is stored per token, a token lasts
``TOKEN_DAYS``, and changing the password (a new salt) signs every device out.
"""

from datetime import timedelta
from typing import NamedTuple

from django.core import signing

from .models import Participant

SALT = "quizzes.participant-token"
TOKEN_DAYS = 30


def token_for(participant):
    return signing.dumps([participant.pk, participant.token_salt], salt=SALT, compress=True)


class Signed(NamedTuple):
    """Who a token says it was given to, checked against the secret but not yet against
    the database: whoever reads the participant's rows checks ``token_salt`` with them
    (``quizzes.attempt_sql``)."""

    pk: int
    token_salt: str


def signed(token):
    """The ``Signed`` of a token made here and not expired, or None; no query."""
    try:
        pk, token_salt = signing.loads(token, salt=SALT, max_age=timedelta(days=TOKEN_DAYS))
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return Signed(pk, token_salt)


def participant_for(token):
    """The participant a token was given to, or None (unknown, expired, signed out)."""
    claim = signed(token)
    if claim is None:
        return None
    return Participant.objects.filter(pk=claim.pk, token_salt=claim.token_salt).first()
