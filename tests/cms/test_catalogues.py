"""The compiled catalogues in locale/ are those of their .po files: Django reads only the
.mo, so a translation added to a .po and not compiled would never be shown."""

from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.utils import translation
from django.views.i18n import JavaScriptCatalog

CATALOGUES = Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES"


def _messages(entries):
    return {(entry.msgctxt, entry.msgid): entry.msgstr_plural or entry.msgstr for entry in entries}


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_compiled_catalogue_matches_its_po_file(domain):
    po = polib.pofile(str(CATALOGUES / f"{domain}.po"))
    mo = polib.mofile(str(CATALOGUES / f"{domain}.mo"))
    assert not po.untranslated_entries(), "every message has its Vietnamese"
    assert _messages(mo) == _messages(po.translated_entries()), (
        f"compile it: polib.pofile('{domain}.po').save_as_mofile('{domain}.mo')"
    )


def test_relative_dates_are_vietnamese():
    with translation.override("vi"):
        assert translation.ngettext("%(num)d day", "%(num)d days", 5) % {"num": 5} == "5 ngày"
        assert translation.ngettext("%(num)d minute", "%(num)d minutes", 0) % {"num": 0} == "0 phút"


def test_the_admin_javascript_catalogue_is_vietnamese(rf):
    # The catalogue Wagtail's admin scripts read (wagtail.admin.views.i18n).
    view = JavaScriptCatalog(packages=["wagtail.admin"])
    with translation.override("vi"):
        view.translation = translation.trans_real.DjangoTranslation(
            "vi", domain="djangojs", localedirs=view.get_paths(["wagtail.admin"])
        )
        catalog = view.get_catalog()
    assert catalog["Collapse all"] == "Thu gọn tất cả"
    assert catalog["Write something or type ‘/’ to insert a block"].startswith("Viết nội dung")
    assert catalog["%(num)s error"] == ["%(num)s lỗi"]
    assert catalog["(%(number)s new items in this menu)"] == "(%(number)s mục mới trong menu này)"
