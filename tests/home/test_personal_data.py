"""Personal data encrypted at rest and compared through keyed hashes (home/personal_data.py)."""

import hashlib
import hmac

import pytest

from django.core.exceptions import FieldError

from home.personal_data import (
    UnreadablePersonalData,
    decrypt,
    encrypt,
    keyed_hash,
    keyed_hash_matches,
)
from quizzes.models import Participant

CCCD = "022090001234"


def test_a_value_is_encrypted_differently_each_time_and_reads_back():
    first, second = encrypt(CCCD), encrypt(CCCD)
    assert first != second
    assert CCCD not in first
    assert decrypt(first) == decrypt(second) == CCCD


def test_equal_values_have_equal_hashes_that_need_the_key(settings):
    digest = keyed_hash(CCCD)
    assert digest == keyed_hash(CCCD) and digest != keyed_hash("022090001235")
    assert digest != hashlib.sha256(CCCD.encode()).hexdigest()
    # Neither key is the secret itself: each is derived from it for its one use.
    raw = settings.PERSONAL_DATA_KEY.encode()
    assert digest != hmac.new(raw, CCCD.encode(), hashlib.sha256).hexdigest()
    settings.PERSONAL_DATA_KEY = "another-secret"
    assert keyed_hash(CCCD) != digest


def test_previous_keys_still_decrypt_and_match_during_a_rotation(settings):
    settings.PERSONAL_DATA_KEY = "old-secret"
    token, digest = encrypt(CCCD), keyed_hash(CCCD)
    settings.PERSONAL_DATA_KEY = "new-secret"
    settings.PERSONAL_DATA_PREVIOUS_KEYS = ["old-secret"]
    assert decrypt(token) == CCCD
    assert keyed_hash_matches(CCCD, digest) and keyed_hash(CCCD) != digest
    settings.PERSONAL_DATA_PREVIOUS_KEYS = []
    with pytest.raises(UnreadablePersonalData) as refused:
        decrypt(token)
    assert CCCD not in str(refused.value) and token not in str(refused.value)
    assert not keyed_hash_matches(CCCD, digest)


def test_an_encrypted_field_cannot_be_searched_by_its_text(db):
    # A ciphertext differs on every write: such a filter would silently find nothing.
    with pytest.raises(ValueError, match="encrypted"):
        list(Participant.objects.filter(cccd=CCCD))
    with pytest.raises(FieldError):
        list(Participant.objects.filter(cccd__startswith="022"))
    assert not Participant.objects.exclude(cccd="").exists()
