"""Connection settings: tokens stored encrypted, typed in by administrators, never shown
back in full, never logged."""

import logging
from io import StringIO

import pytest

from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from delivery.models import SocialAccount

from .conftest import draft, posts, publish
from .fake_networks import TOKENS

pytestmark = pytest.mark.django_db


def test_tokens_are_stored_encrypted(accounts):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT access_token FROM delivery_socialaccount WHERE network = %s", ["facebook"]
        )
        [stored] = cursor.fetchone()
    assert TOKENS["facebook"] not in stored
    assert SocialAccount.objects.get(network="facebook").access_token == TOKENS["facebook"]


def test_administrator_replaces_a_token_without_seeing_the_old_one(client, superuser, accounts):
    account = accounts["x"]
    account.token_rejected_at = account.updated_at
    account.token_rejected_reason = "Mã truy cập X không còn hiệu lực (HTTP 401)."
    account.save()
    client.force_login(superuser)
    edit_url = reverse("social_accounts:edit", args=[account.pk])

    page = client.get(edit_url).content.decode()
    assert TOKENS["x"] not in page
    assert "••••••0003" in page

    form = {
        "network": "x",
        "name": "@PhapLuatQN",
        "account_id": "",
        "new_access_token": "x-new-user-token-9999",
        "token_expires_at": "",
        "is_active": "on",
    }
    assert client.post(edit_url, form).status_code == 302
    account.refresh_from_db()
    assert account.access_token == "x-new-user-token-9999"
    assert account.token_rejected_at is None
    assert account.token_problem() == ""

    # Saving again with the field left empty keeps the token.
    client.post(edit_url, {**form, "new_access_token": ""})
    account.refresh_from_db()
    assert account.access_token == "x-new-user-token-9999"
    listing = client.get(reverse("social_accounts:index")).content.decode()
    assert "x-new-user-token-9999" not in listing
    assert "••••••9999" in listing


def test_only_administrators_reach_the_accounts(client, accounts, board_member, justice_editor):
    for user in (board_member, justice_editor):
        client.force_login(user)
        response = client.get(reverse("social_accounts:edit", args=[accounts["x"].pk]))
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")

    # A dedicated permission makes someone an administrator of the accounts.
    board_member.user_permissions.add(
        Permission.objects.get(codename="change_socialaccount"),
        Permission.objects.get(codename="view_socialaccount"),
    )
    client.force_login(board_member)
    assert client.get(reverse("social_accounts:index")).status_code == 200


def test_tokens_never_reach_the_posts_log_or_the_logs(
    client, board_member, networks, accounts, justice_section, on_commit, caplog
):
    caplog.set_level(logging.DEBUG)
    for network in TOKENS:
        networks.fail(network, "expired")
        with on_commit():
            publish(draft(justice_section, network, title=f"Bài {network}"))
    assert len(posts()) == 4

    client.force_login(board_member)
    shown = client.get(reverse("social_posts:index")).content.decode()
    for post in posts():
        shown += client.get(reverse("social_posts:inspect", args=[post.pk])).content.decode()
    for token in TOKENS.values():
        assert token not in shown
        assert token not in caplog.text
        assert all(token not in post.failure for post in posts())


def test_tokens_survive_a_change_of_the_personal_data_key(settings, accounts):
    old = settings.PERSONAL_DATA_KEY
    settings.PERSONAL_DATA_KEY = "a-new-personal-data-key-2027"
    settings.PERSONAL_DATA_PREVIOUS_KEYS = [old]
    call_command("rotate_personal_data_key", stdout=StringIO())

    settings.PERSONAL_DATA_PREVIOUS_KEYS = []
    assert SocialAccount.objects.get(network="x").access_token == TOKENS["x"]


def test_digest_waits_for_its_time(accounts, monkeypatch):
    made = []
    monkeypatch.setattr(
        "delivery.management.commands.post_social_digest.make_digests",
        lambda day: made.append(day) or [],
    )
    call_command("post_social_digest", "--after", "23:59:59")
    call_command("post_social_digest", "--after", "00:00")
    assert made == [None]
