"""Every role walks the admin's main screens and finds no English in the interface.

The server-side half of the walk: the HTML each screen is served with. What JavaScript
writes into the page is walked in Chromium (tests/e2e/test_admin_language.py).
"""

from pathlib import Path

import pytest

from django.conf import settings
from django.urls import reverse

import wagtail.admin

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
        <style>.Draftail-block--empty::before { content: "Type ‘/’ to insert a block"; }</style>
    """
    found = untranslated(html)
    assert found == [
        "css content: 'Type ‘/’ to insert a block' (Type, insert, block)",
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


def test_no_link_to_wagtails_english_guide(client, superuser):
    client.force_login(superuser)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    # The sidebar's menus are in the page as JSON, the dashboard's links as HTML.
    assert "guide.wagtail.org" not in html
    assert "Phím tắt" in html  # the help menu keeps the keyboard shortcuts


# Wagtail's templates the project replaces to translate what Wagtail left in English:
# each must stay Wagtail's own but for these changes (check them on a Wagtail upgrade).
GUIDE_LINK = """            {% wagtail_feature_release_editor_guide_link as editor_guide_link %}
            {% wagtail_version as current_version %}
            <li>
                <a class="w-underline w-underline-offset-[3px] w-flex w-items-center w-gap-1"
                   href="{{ editor_guide_link }}"
                   target="_blank"
                   rel="noreferrer">
                    {% blocktrans trimmed %}
                        Wagtail {{ current_version }} editor guide
                    {% endblocktrans %}
                    {% icon name="link-external" classname="initial" %}
                </a>
            </li>
"""
OVERRIDES = {
    "wagtailadmin/home.html": [('value="Search"', "value=\"{% trans 'Search' %}\"")],
    "wagtailadmin/shared/header.html": [('value="Search"', "value=\"{% trans 'Search' %}\"")],
    "wagtailadmin/shared/headers/_actions.html": [
        ("{# Actions", "{% load i18n %}\n{# Actions"),
        ('aria-label="Actions"', "aria-label=\"{% trans 'Actions' %}\""),
    ],
    "wagtailadmin/shared/user_avatar.html": [
        (
            "{% if not username %}{{ user }}{% else %}{{ username }}{% endif %}",
            "{% if username %}{{ username }}{% elif user %}{{ user }}{% endif %}",
        )
    ],
    "wagtailadmin/home/account_summary.html": [(GUIDE_LINK, "")],
}


@pytest.mark.parametrize("name", OVERRIDES)
def test_replaced_admin_templates_differ_from_wagtails_only_by_the_translation(name):
    original = (Path(wagtail.admin.__file__).parent / "templates" / name).read_text()
    expected = original
    for old, new in OVERRIDES[name]:
        assert old in original, f"Wagtail's {name} changed: compare and update the copy"
        expected = expected.replace(old, new)
    assert (Path(settings.BASE_DIR) / "templates" / name).read_text() == expected
