"""Every role walks the admin in Chromium and finds no English in what JavaScript writes:
the sidebar, Draftail, StreamField, the block picker, relative dates, error counts.

The same word list as the server-side walk (tests/cms/admin_walk.py), applied to the page
as the browser holds it once its scripts have run.
"""

import pytest
from playwright.sync_api import expect

from tests.cms.admin_walk import PASSWORD, build_admin_site, untranslated

# The page's HTML with what its stylesheets never show marked hidden: a widget's parts
# that Wagtail leaves switched off (the date picker's "Save Selected") are no one's
# interface. Marked on a copy, so that the page itself stays as its scripts left it.
SHOWN_HTML = """() => {
    const live = [...document.querySelectorAll("body *")];
    const copy = document.documentElement.cloneNode(true);
    const copies = [...copy.querySelectorAll("body *")];
    live.forEach((element, index) => {
        const style = getComputedStyle(element);
        if (style.display === "none" || style.visibility === "hidden") {
            copies[index].setAttribute("hidden", "");
        }
    });
    return copy.outerHTML;
}"""


@pytest.fixture
def admin_site(live_server, django_db_serialized_rollback, settings):
    # Autosave writes while the walk reads; SQLite in the tests locks on that.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    return build_admin_site()


class Walk:
    def __init__(self, tab, live_server):
        self.tab = tab
        self.base = live_server.url
        self.found = []

    def sign_in(self, user):
        self.tab.context.clear_cookies()
        self.tab.goto(self.base + "/admin/login/")
        self.tab.get_by_label("Tên đăng nhập").fill(user.username)
        self.tab.get_by_label("Mật khẩu").fill(PASSWORD)
        self.tab.get_by_role("button", name="Đăng nhập").click()
        expect(self.tab.get_by_role("heading", level=1)).to_be_visible()

    def open(self, url):
        response = self.tab.goto(self.base + url, wait_until="load")
        assert response is not None and response.status == 200, url
        self.settle()

    def settle(self):
        self.tab.wait_for_load_state("networkidle")
        # The sidebar is drawn by React once the page has loaded.
        expect(self.tab.locator("[data-wagtail-sidebar] nav").first).to_be_attached()

    def read(self, role, screen):
        """Look for English in the page as it is now, in what can be seen or heard."""
        self.found += [
            f"{role}, {screen} ({self.tab.url}) — {text}"
            for text in untranslated(self.tab.evaluate(SHOWN_HTML))
        ]


@pytest.fixture
def walk(desktop, live_server):
    return Walk(desktop.tab, live_server)


def _pages_screens(site, role):
    screens = site.screens[role]
    names = ["dashboard", "pages of the section", "edit news", "edit infographic"]
    if role != "editor":
        names += ["edit contest", "edit round", "edit legal document"]
    return {name: screens[name] for name in names}


def _write_in_a_new_block(walk, role, section):
    """A new news page: an empty paragraph block (Draftail's placeholder), the block
    picker that "/" opens, then the page saved empty (the error counts)."""
    tab = walk.tab
    walk.open(f"/admin/pages/add/publications/legalnewspage/{section.pk}/")
    tab.get_by_role("button", name="Chèn khối").first.click()
    tab.get_by_role("option", name="Đoạn văn").first.click()
    editor = tab.locator(".Draftail-Editor [contenteditable=true]").first
    editor.click()
    # Draftail writes its placeholder into a stylesheet, as the empty line's ::before.
    tab.wait_for_function(
        """() => [...document.querySelectorAll("style")].some(
            (style) => style.textContent.includes("Draftail-block--empty")
        )"""
    )
    walk.read(role, "new news page, empty paragraph")
    tab.keyboard.type("/")
    expect(tab.get_by_role("listbox").first).to_be_visible()
    walk.read(role, "new news page, block picker")
    tab.keyboard.press("Escape")
    tab.get_by_role("button", name="Lưu bản nháp").click()
    expect(tab.locator(".help-critical, .error-message").first).to_be_visible()
    walk.settle()
    walk.read(role, "new news page saved empty")


def test_what_javascript_writes_in_the_admin_is_vietnamese(walk, admin_site):
    site = admin_site
    for role in ("admin", "board", "editor"):
        walk.sign_in(site.users[role])
        for screen, url in _pages_screens(site, role).items():
            walk.open(url)
            walk.read(role, screen)
        # An empty form of a page type whose StreamField needs one item at least.
        section = site.pages["section"]
        walk.open(f"/admin/pages/add/publications/infographicpage/{section.pk}/")
        expect(walk.tab.get_by_text("Số mục tối thiểu là 1").first).to_be_visible()
        walk.read(role, "new infographic page")
        # Every submenu of the sidebar, opened.
        walk.open(site.screens[role]["dashboard"])
        submenus = walk.tab.locator("[data-wagtail-sidebar] button[aria-haspopup='menu']")
        for index in range(submenus.count()):
            submenus.nth(index).click()
            walk.read(role, f"dashboard, submenu {index + 1} of the sidebar")
            walk.tab.keyboard.press("Escape")
        _write_in_a_new_block(walk, role, section)

    assert not walk.found, "English in the admin:\n" + "\n".join(walk.found)


def test_the_walk_sees_english_that_javascript_writes(walk, admin_site):
    """The test above would pass blindly if what scripts write went unseen."""
    walk.sign_in(admin_site.users["admin"])
    walk.open(admin_site.screens["admin"]["dashboard"])
    walk.tab.evaluate(
        """() => {
            const label = document.createElement("span");
            label.className = "w-sr-only";
            label.textContent = "Page explorer";
            document.body.append(label);
        }"""
    )
    walk.read("admin", "dashboard")
    assert walk.found == [
        f"admin, dashboard ({walk.tab.url}) — screen reader <span>: 'Page explorer' "
        "(Page, explorer)"
    ]
