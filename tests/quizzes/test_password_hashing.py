"""The production password hasher: Argon2id at OWASP's parameters for participants and
staff, older hashes upgraded at sign-in, and the same hashing work for unknown numbers.
(The other tests use a fast hasher; these set the production list.)"""

import json

import pytest

from django.conf import settings as django_settings
from django.contrib.auth.hashers import make_password

from home.hashers import OwaspArgon2PasswordHasher
from tests.factories import ParticipantFactory, UserFactory

PASSWORD = "Hoc-luat-2026"
OWASP = "argon2$argon2id$v=19$m=19456,t=2,p=1$"
pytestmark = pytest.mark.django_db
# What each Argon2 computation of the test cost: (memory KiB, passes, lanes).
RUNS = []


class RecordingHasher(OwaspArgon2PasswordHasher):
    def encode(self, password, salt):
        params = self.params()
        RUNS.append((params.memory_cost, params.time_cost, params.parallelism))
        return super().encode(password, salt)

    def verify(self, password, encoded):
        decoded = self.decode(encoded)
        RUNS.append((decoded["memory_cost"], decoded["time_cost"], decoded["parallelism"]))
        return super().verify(password, encoded)


@pytest.fixture
def production_hashers(settings):
    from cms.settings import base

    settings.PASSWORD_HASHERS = base.PASSWORD_HASHERS
    return settings


def sign_in(client, phone, password):
    return client.post(
        "/api/contests/token",
        data=json.dumps({"phone": phone, "password": password}),
        content_type="application/json",
    )


def test_argon2id_at_owasps_parameters_comes_first(production_hashers):
    assert make_password(PASSWORD).startswith(OWASP)
    assert "PBKDF2PasswordHasher" in " ".join(django_settings.PASSWORD_HASHERS)


def test_a_participants_pbkdf2_hash_is_upgraded_at_sign_in(client, production_hashers):
    person = ParticipantFactory(phone="0912345678")
    person.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    person.save()
    salt = person.token_salt

    assert sign_in(client, "0912345678", PASSWORD).status_code == 200

    person.refresh_from_db()
    assert person.password.startswith(OWASP)
    assert person.check_password(PASSWORD)
    assert person.token_salt == salt  # the other devices stay signed in
    assert sign_in(client, "0912345678", PASSWORD).status_code == 200


def test_a_wrong_password_upgrades_nothing(client, production_hashers):
    old = make_password(PASSWORD, hasher="pbkdf2_sha256")
    person = ParticipantFactory(phone="0912345678")
    type(person).objects.filter(pk=person.pk).update(password=old)

    assert sign_in(client, "0912345678", "sai-mat-khau").status_code == 401

    person.refresh_from_db()
    assert person.password == old


def test_a_staff_members_pbkdf2_hash_is_upgraded_at_sign_in(production_hashers):
    user = UserFactory()
    user.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    user.save()

    assert user.check_password(PASSWORD)

    user.refresh_from_db()
    assert user.password.startswith(OWASP)


def test_an_unknown_number_costs_the_same_hashing_as_a_registered_one(client, settings):
    settings.PASSWORD_HASHERS = [f"{__name__}.RecordingHasher"]
    ParticipantFactory(phone="0912345678", password=PASSWORD)
    costs = []
    for phone in ("0912345678", "0987654321", "khong-phai-so"):
        RUNS.clear()
        assert sign_in(client, phone, "sai-mat-khau").status_code == 401
        costs.append(list(RUNS))

    assert costs == [[(19456, 2, 1)]] * 3
