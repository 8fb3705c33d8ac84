"""The Wagtail admin speaks Vietnamese.

Wagtail 8.0.1 ships only a few Vietnamese strings; the project catalogue in
locale/vi/LC_MESSAGES (LOCALE_PATHS) completes it. These tests fetch the screens
editors use most and check that the Vietnamese is there and the English is not.
"""

from django.urls import reverse
from django.utils import translation

from tests.factories import LegalNewsPageFactory


def _html(response):
    assert response.status_code == 200
    return response.content.decode()


def test_project_catalogue_overrides_wagtail():
    with translation.override("vi"):
        # Missing from Wagtail's own vi catalogue.
        assert translation.gettext("Sign in to Wagtail") == "Đăng nhập hệ thống quản trị"
        assert translation.gettext("Save draft") == "Lưu bản nháp"
        # Wagtail's own vi translation is replaced by the project's.
        assert translation.gettext("Settings") == "Cài đặt"
        assert translation.gettext("Unpublish") == "Hủy xuất bản"
        assert (
            translation.ngettext("Delete 1 page", "Delete %(counter)s pages", 3) % {"counter": 3}
            == "Xóa 3 trang"
        )


def test_login_page(client, db):
    html = _html(client.get(reverse("wagtailadmin_login")))
    assert "Đăng nhập" in html
    assert "Nhập mật khẩu" in html  # the password field's placeholder
    assert "Quên mật khẩu?" in html
    assert "Ghi nhớ đăng nhập" in html
    for english in ("Sign in to Wagtail", "Forgotten password?", "Remember me", "Sign in<"):
        assert english not in html


def test_login_password_label(client, db):
    html = _html(client.get(reverse("wagtailadmin_login")))
    assert "Mật khẩu" in html
    assert "Password<" not in html


def test_dashboard(client, superuser):
    client.force_login(superuser)
    html = _html(client.get(reverse("wagtailadmin_home")))
    assert "Trang tổng quan" in html
    assert "Các chỉnh sửa gần đây của bạn" in html or "Tổng quan trang web" in html
    for english in ("Dashboard", "Site summary", "Your most recent edits", "Log out"):
        assert english not in html


def test_add_page_editor(client, superuser, justice_section):
    client.force_login(superuser)
    args = ["publications", "legalnewspage", justice_section.pk]
    url = reverse("wagtailadmin_pages:add", args=args)
    html = _html(client.get(url))
    for vietnamese in ("Lưu bản nháp", "Xuất bản", "Nội dung", "Quảng bá", "Xem trước"):
        assert vietnamese in html
    for english in (
        ">Save draft<",
        ">Publish<",
        "Choose when this page should go live and/or expire",
        "Toggle side panel",
        "Preview in new tab",
    ):
        assert english not in html


def test_edit_page_and_history(client, superuser, justice_section):
    page = LegalNewsPageFactory(parent=justice_section, title="Tin đã đăng")
    client.force_login(superuser)
    html = _html(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    assert "Hủy xuất bản" in html
    assert "Unpublish" not in html
    html = _html(client.get(reverse("wagtailadmin_pages:history", args=[page.pk])))
    assert "Lịch sử" in html


def test_explorer_listing(client, superuser, justice_section):
    LegalNewsPageFactory(parent=justice_section, title="Tin đã đăng")
    client.force_login(superuser)
    html = _html(client.get(reverse("wagtailadmin_explore", args=[justice_section.pk])))
    assert "Thêm trang con" in html
    assert "đã xuất bản" in html
    for english in ("Add child page", "Sort menu order", ">live<"):
        assert english not in html
