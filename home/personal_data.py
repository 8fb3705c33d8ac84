"""Personal data encrypted at rest (Decree 13/2023/NĐ-CP), and keyed hashes that let the
database compare what it cannot read (one CCCD per contest).

Two keys are derived (HKDF-SHA256) from the secret ``settings.PERSONAL_DATA_KEY``: one
encrypts (Fernet: AES-128-CBC with an HMAC-SHA256 tag), the other computes HMAC-SHA256
digests for equality. Deriving them keeps each key to one use, and lets the secret be
any long random string, as ``SECRET_KEY`` is. The secret is not ``SECRET_KEY``: that
one signs sessions and tokens and may be changed for its own reasons.

Rotation: the new secret goes in ``PERSONAL_DATA_KEY`` and the old ones in
``PERSONAL_DATA_PREVIOUS_KEYS``. Values encrypted under any of them still decrypt; new
values are encrypted and hashed under the new one; ``manage.py
rotate_personal_data_key`` re-encrypts and re-hashes what is stored, after which the old
secrets can be dropped.
"""

import base64
import hashlib
import hmac
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models.lookups import Exact


class UnreadablePersonalData(Exception):
    """A stored value that none of the configured keys decrypts. The message never
    holds the value."""


def _derive(secret, purpose):
    kdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=b"pbgdpl personal data: " + purpose,
    )
    return kdf.derive(secret.encode())


@cache
def _keyring(secrets):
    """(MultiFernet, [hashing keys]) for ``secrets``, the current one first."""
    fernet = MultiFernet(
        [Fernet(base64.urlsafe_b64encode(_derive(secret, b"encryption"))) for secret in secrets]
    )
    return fernet, [_derive(secret, b"hashing") for secret in secrets]


def _keys():
    current = getattr(settings, "PERSONAL_DATA_KEY", "")
    if not current:
        raise ImproperlyConfigured("Set PERSONAL_DATA_KEY to store personal data.")
    previous = getattr(settings, "PERSONAL_DATA_PREVIOUS_KEYS", [])
    return _keyring((current, *previous))


def encrypt(text):
    """``text`` encrypted under the current key (a different ciphertext each time)."""
    fernet, _ = _keys()
    return fernet.encrypt(text.encode()).decode()


def decrypt(token):
    """The text of ``token``, encrypted under the current key or a previous one."""
    fernet, _ = _keys()
    try:
        return fernet.decrypt(token.encode()).decode()
    except InvalidToken:
        raise UnreadablePersonalData(
            "A stored personal value does not decrypt with PERSONAL_DATA_KEY or "
            "PERSONAL_DATA_PREVIOUS_KEYS."
        ) from None


def keyed_hash(text):
    """The HMAC-SHA256 of ``text`` under the current hashing key, in hex: equal texts
    give equal digests, and without the key a digest tells nothing about the text."""
    _, hash_keys = _keys()
    return _digest(hash_keys[0], text)


def keyed_hash_matches(text, digest):
    """Whether ``digest`` is ``text``'s under the current key or a previous one."""
    _, hash_keys = _keys()
    return any(hmac.compare_digest(_digest(key, text), digest) for key in hash_keys)


def _digest(key, text):
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


# What ``manage.py rotate_personal_data_key`` recomputes besides re-encrypting:
# {model: [(hash field, function of the row giving its hash)]}, and steps that follow
# (rows that copy a hash from another table).
KEYED_HASHES = {}
AFTER_ROTATION = []


def hashed_on_rotation(model, hash_field, compute):
    """Declare that ``model.hash_field`` is ``compute(row)``, a keyed hash of the row's
    encrypted fields, to be recomputed under the new key when the key changes."""
    KEYED_HASHES.setdefault(model, []).append((hash_field, compute))


def after_rotation(step):
    """Run ``step()`` once every encrypted field and keyed hash is rewritten."""
    AFTER_ROTATION.append(step)
    return step


def encrypted_models():
    """{model: names of its encrypted fields}, for every installed model that has some."""
    from django.apps import apps

    found = {}
    for model in apps.get_models():
        names = [
            field.name
            for field in model._meta.concrete_fields
            if isinstance(field, EncryptedTextField) and field.model is model
        ]
        if names:
            found[model] = names
    return found


class EncryptedTextField(models.TextField):
    """Text stored encrypted and read back as text. The empty string is stored as it
    is, so that whether a value was given can still be asked; nothing else can be
    looked up (a ciphertext differs on every write): compare keyed hashes instead."""

    def from_db_value(self, value, expression, connection):
        return decrypt(value) if value else value

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return encrypt(value) if value else value

    def get_lookup(self, lookup_name):
        if lookup_name not in ("exact", "isnull"):
            return None
        return super().get_lookup(lookup_name)


@EncryptedTextField.register_lookup
class EmptyOnlyExact(Exact):
    """``field=""`` only: an equality with any other text would silently match nothing."""

    lookup_name = "exact"

    def get_prep_lookup(self):
        if self.rhs != "":
            raise ValueError("An encrypted field can only be compared with ''.")
        return super().get_prep_lookup()
