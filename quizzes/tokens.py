"""Sign-in tokens for participants (the API and the contest pages).

A token is the participant's id signed with the server's secret, a timestamp and the
participant's ``token_salt``: nothing is stored per token, a token lasts
``TOKEN_DAYS``, and changing the password (a new salt) signs every device out.
"""

from datetime import timedelta

from django.core import signing

from .models import Participant

SALT = "quizzes.participant-token"
TOKEN_DAYS = 30


def token_for(participant):
    return signing.dumps([participant.pk, participant.token_salt], salt=SALT, compress=True)


def participant_for(token):
    """The participant a token was given to, or None (unknown, expired, signed out)."""
    try:
        pk, token_salt = signing.loads(token, salt=SALT, max_age=timedelta(days=TOKEN_DAYS))
    except (signing.BadSignature, ValueError, TypeError):
        return None
    try:
        participant = Participant.objects.get(pk=pk)
    except Participant.DoesNotExist:
        return None
    if participant.token_salt != token_salt:
        return None
    return participant
