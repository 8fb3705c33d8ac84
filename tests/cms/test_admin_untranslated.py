"""Every role walks the admin's main screens and finds no English in the interface.

The server-side half of the walk: the HTML each screen is served with. What JavaScript
writes into the page is walked in Chromium (tests/e2e/test_admin_language.py).
"""

import pytest

from django.urls import reverse

from tests.cms.admin_walk import build_admin_site, english_words, untranslated

ROLES = ("admin", "board", "editor")


@pytest.fixture
def admin_site(db):
    return build_admin_site()


def test_the_word_list_tells_english_from_vietnamese():
    assert english_words("5 days trước") == ["days"]
    assert english_words("Xem các trang con của “Tin tức”") == []
    assert english_words("Collapse all") == ["Collapse", "all"]
    # Names of things are the same in both languages.
    assert english_words("Infographic phòng chống ma túy, gửi qua Webhook và API") == []
    # Vietnamese without its diacritics is still not English.
    assert english_words("Phường Hạ Long, tin mới, bản in") == []


def test_untranslated_looks_at_interface_text_only():
    html = """
        <h1>Tin tức</h1>
        <button aria-label="Toggle sidebar"><span class="w-sr-only">Page explorer</span></button>
        <input type="text" value="Search the archive" placeholder="Search options…">
        <a href="/admin/pages/edit/">Sửa</a>
        <script>const label = "Collapse all";</script>
        <textarea>Write something</textarea>
    """
    found = untranslated(html)
    assert found == [
        "button[aria-label]: 'Toggle sidebar' (Toggle, sidebar)",
        "input[placeholder]: 'Search options…' (Search, options)",
        "screen reader <span>: 'Page explorer' (Page, explorer)",
    ]


def test_main_screens_have_no_english(client, admin_site):
    # One walk for the three roles: building the site costs more than a screen.
    found = []
    dashboard = reverse("wagtailadmin_home")
    for role in ROLES:
        client.force_login(admin_site.users[role])
        for screen, url in admin_site.screens[role].items():
            # A unit's editor is taken from the page tree to their unit's section.
            response = client.get(url, follow=True)
            assert response.status_code == 200, f"{role}, {screen} ({url}): {response.status_code}"
            landed = response.redirect_chain[-1][0] if response.redirect_chain else url
            assert landed != dashboard or url == dashboard, f"{role} may not see {screen}"
            found += [
                f"{role}, {screen} ({url}) — {text}"
                for text in untranslated(response.content.decode())
            ]
    assert not found, "English in the admin:\n" + "\n".join(found)
