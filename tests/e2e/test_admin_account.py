"""The admin's account page runs its scripts without an error in the browser's console."""

from playwright.sync_api import expect

from django.contrib.auth import get_user_model

PASSWORD = "Mat-khau-quan-tri-2026"


def test_the_account_page_logs_no_error(desktop, live_server, django_db_serialized_rollback):
    get_user_model().objects.create_superuser("quantri", "quantri@example.vn", PASSWORD)
    tab = desktop.tab
    errors = []
    tab.on("console", lambda message: message.type == "error" and errors.append(message.text))
    tab.on("pageerror", lambda error: errors.append(str(error)))

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
