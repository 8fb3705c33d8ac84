"""Admin pages in the browser: their scripts log no error, and their buttons have names."""

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model

PASSWORD = "Mat-khau-quan-tri-2026"


@pytest.fixture
def signed_in(desktop, live_server):
    get_user_model().objects.create_superuser("quantri", "quantri@example.vn", PASSWORD)
    tab = desktop.tab
    tab.goto(live_server.url + "/admin/login/", wait_until="load")
    tab.get_by_label("Tên đăng nhập").fill("quantri")
    tab.get_by_label("Mật khẩu").fill(PASSWORD)
    tab.get_by_role("button", name="Đăng nhập").click()
    expect(tab.get_by_role("heading", level=1)).to_be_visible()
    return tab


def test_the_account_page_logs_no_error(desktop, live_server, django_db_serialized_rollback):
    tab = desktop.tab
    errors = []
    tab.on("console", lambda message: message.type == "error" and errors.append(message.text))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    get_user_model().objects.create_superuser("quantri", "quantri@example.vn", PASSWORD)

    tab.goto(live_server.url + "/admin/login/", wait_until="load")
    tab.get_by_label("Tên đăng nhập").fill("quantri")
    tab.get_by_label("Mật khẩu").fill(PASSWORD)
    tab.get_by_role("button", name="Đăng nhập").click()
    expect(tab.get_by_role("heading", level=1)).to_be_visible()
    response = tab.goto(live_server.url + "/admin/account/", wait_until="load")
    assert response is not None and response.status == 200
    expect(tab.locator("#id_locale-preferred_language")).to_be_attached()
    tab.wait_for_load_state("networkidle")

    assert errors == [], "\n".join(errors)


def test_the_streamfield_plus_buttons_are_named_in_vietnamese(signed_in, live_server, site):
    tab = signed_in
    tab.goto(f"{live_server.url}/admin/pages/{site.lecture.pk}/edit/", wait_until="load")

    expect(tab.get_by_role("button", name="Chèn khối nội dung").first).to_be_visible()
    expect(tab.get_by_role("button", name="Thêm mục vào danh sách").first).to_be_attached()
    unnamed = tab.locator(".c-sf-add-button:not([aria-label])")
    expect(unnamed).to_have_count(0)
    # Buttons of a block inserted after the page loaded are named too.
    before = tab.locator(".c-sf-add-button[aria-label]").count()
    tab.get_by_role("button", name="Thêm mục vào danh sách").first.click()
    expect(tab.locator(".c-sf-add-button[aria-label]")).not_to_have_count(before)
    expect(unnamed).to_have_count(0)
