"""Password guessing on the admin's sign-in and on password-protected pages is locked out
per account (or page) and address for a cool-off, and administrators see the lockouts."""

import datetime

import pytest
from axes.models import AccessAttempt

from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import PageViewRestriction

from tests.conftest import SITE_ADMINS
from tests.factories import SectionPageFactory, UserFactory

ATTACKER = "198.51.100.66"
EDITOR_DESK = "203.0.113.10"
PAGE_PASSWORD = "mat-khau-trang"


def sign_in(client, password, username="admin", address=ATTACKER):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def signed_in(client):
    return SESSION_KEY in client.session


def after_the_cool_off(settings):
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC)
        - settings.AXES_COOLOFF_TIME
        - datetime.timedelta(seconds=1)
    )


class TestAdminSignIn:
    def test_forty_wrong_passwords_then_the_right_one_is_refused(self, client, superuser):
        wrong = [sign_in(client, f"doan-{n}").status_code for n in range(40)]
        right = sign_in(client, "secret")

        assert not signed_in(client)
        assert right.status_code == 429
        assert wrong[:4] == [200] * 4 and set(wrong[4:]) == {429}
        html = right.content.decode()
        assert "Đăng nhập tạm bị khóa" in html and "Hãy thử lại sau" in html
        assert 0 < int(right["Retry-After"]) <= 15 * 60

    def test_the_page_says_when_to_try_again(self, client, superuser, settings):
        for n in range(5):
            refused = sign_in(client, f"doan-{n}")

        last = AccessAttempt.objects.get().attempt_time + settings.AXES_COOLOFF_TIME
        ends = last.astimezone(datetime.timezone(datetime.timedelta(hours=7)))
        assert f"{ends:%H:%M} ngày {ends:%d/%m/%Y}" in refused.content.decode()

    def test_the_right_password_gets_in_after_the_cool_off(self, client, superuser, settings):
        for n in range(5):
            sign_in(client, f"doan-{n}")
        after_the_cool_off(settings)

        assert sign_in(client, "secret").status_code == 302
        assert signed_in(client)

    def test_guesses_from_one_address_do_not_lock_the_account_elsewhere(self, client, superuser):
        for n in range(10):
            sign_in(client, f"doan-{n}")

        assert sign_in(client, "secret", address=EDITOR_DESK).status_code == 302
        assert signed_in(client)

    def test_a_forged_forwarded_header_does_not_reset_the_count(self, client, superuser):
        for n in range(5):
            client.post(
                reverse("wagtailadmin_login"),
                {"username": "admin", "password": f"doan-{n}"},
                REMOTE_ADDR=ATTACKER,
                HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
            )

        assert sign_in(client, "secret").status_code == 429
        assert AccessAttempt.objects.get().ip_address == ATTACKER

    def test_lockouts_hold_with_the_cache_down(self, client, superuser, settings):
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
            }
        }
        for n in range(5):
            sign_in(client, f"doan-{n}")

        assert sign_in(client, "secret").status_code == 429
        assert sign_in(client, "secret", address=EDITOR_DESK).status_code == 302


@pytest.fixture
def protected_page(db):
    page = SectionPageFactory(title="Tài liệu nội bộ")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    return page, restriction


def try_page_password(client, protected, password, address=ATTACKER):
    page, restriction = protected
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    return client.post(url, {"password": password, "return_url": page.url}, REMOTE_ADDR=address)


class TestPagePasswords:
    def test_forty_wrong_passwords_then_the_right_one_is_refused(self, client, protected_page):
        page, _ = protected_page
        for n in range(40):
            try_page_password(client, protected_page, f"doan-{n}")

        right = try_page_password(client, protected_page, PAGE_PASSWORD)

        assert right.status_code == 429
        assert "Mật khẩu của trang này đã bị nhập sai quá nhiều lần" in right.content.decode()
        assert "Hãy thử lại sau" in right.content.decode()
        assert client.get(page.url).templates[0].name == "wagtailcore/password_required.html"

    def test_the_right_password_works_after_the_cool_off(self, client, protected_page, settings):
        page, _ = protected_page
        for n in range(5):
            try_page_password(client, protected_page, f"doan-{n}")
        after_the_cool_off(settings)

        assert try_page_password(client, protected_page, PAGE_PASSWORD).status_code == 302
        assert client.get(page.url).status_code == 200
        assert not AccessAttempt.objects.exists()  # the right password clears the count

    def test_a_wrong_password_shows_the_form_again(self, client, protected_page):
        response = try_page_password(client, protected_page, "doan")

        assert response.status_code == 200
        assert AccessAttempt.objects.get().failures_since_start == 1

    def test_other_pages_and_addresses_are_not_locked(self, client, protected_page):
        for n in range(5):
            try_page_password(client, protected_page, f"doan-{n}")
        other_page = SectionPageFactory(title="Tài liệu khác")
        other = (
            other_page,
            PageViewRestriction.objects.create(
                page=other_page, restriction_type=PageViewRestriction.PASSWORD, password="khac"
            ),
        )

        assert try_page_password(client, other, "khac").status_code == 302
        assert (
            try_page_password(client, protected_page, PAGE_PASSWORD, address=EDITOR_DESK)
        ).status_code == 302


class TestAdministratorsSeeLockouts:
    @pytest.fixture
    def locked(self, client, superuser, protected_page):
        for n in range(5):
            sign_in(client, f"doan-{n}", username="bientap.stp")
            try_page_password(client, protected_page, f"doan-{n}")

    def test_superusers_and_site_administrators_see_them(self, client, superuser, locked):
        site_admin = UserFactory(username="quantri", groups=[Group.objects.get(name=SITE_ADMINS)])
        for user in (superuser, site_admin):
            client.force_login(user)
            html = client.get(reverse("home_lockouts")).content.decode()

            assert "bientap.stp" in html and ATTACKER in html
            assert "Mật khẩu trang" in html and "Tài liệu nội bộ" in html
            assert html.count("Đang khóa") == 2
            assert "Mở khóa" in html

    def test_editors_do_not(self, client, justice_editor, locked):
        client.force_login(justice_editor)

        refused = client.get(reverse("home_lockouts"))

        assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
        assert (
            reverse("home_lockouts")
            not in client.get(reverse("wagtailadmin_home")).content.decode()
        )

    def test_unlocking_lets_the_account_in_again(self, client, superuser, locked):
        client.force_login(superuser)
        client.post(
            reverse("home_lockouts_unlock"), {"username": "bientap.stp", "ip_address": ATTACKER}
        )
        client.logout()
        UserFactory(username="bientap.stp")

        assert sign_in(client, "secret", username="bientap.stp").status_code == 302
        assert AccessAttempt.objects.filter(username__startswith="page-password:").exists()


def test_the_sites_own_login_form_is_locked_out_too(client, superuser):
    for n in range(5):
        client.post(
            reverse("wagtailcore_login"),
            {"username": "admin", "password": f"doan-{n}"},
            REMOTE_ADDR=ATTACKER,
        )

    refused = client.post(
        reverse("wagtailcore_login"),
        {"username": "admin", "password": "secret"},
        REMOTE_ADDR=ATTACKER,
    )

    assert refused.status_code == 429 and not signed_in(client)
    assert "Tài khoản này đã bị nhập sai mật khẩu quá nhiều lần" in refused.content.decode()
