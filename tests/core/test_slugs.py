"""Vietnamese titles give ASCII slugs, whichever way the page is made."""

import pytest

from core.slugs import vietnamese_slugify
from tests.factories import LegalNewsPageFactory, SectionPageFactory


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Luật Đất đai 2024", "luat-dat-dai-2024"),
        ("luật-đất-đai-2024", "luat-dat-dai-2024"),
        ("ĐỔI MỚI công tác PBGDPL", "doi-moi-cong-tac-pbgdpl"),
        ("Hòa giải ở cơ sở – hoà giải viên", "hoa-giai-o-co-so-hoa-giai-vien"),
        ("Nghị định 52/2015/NĐ-CP", "nghi-dinh-52-2015-nd-cp"),
        ("Thuý, Thúy, Quỳnh, Nguyễn", "thuy-thuy-quynh-nguyen"),
    ],
)
def test_vietnamese_slugify(text, slug):
    assert vietnamese_slugify(text) == slug


def test_page_created_in_code_gets_ascii_slug(justice_section):
    page = LegalNewsPageFactory(parent=justice_section, title="Luật Đất đai 2024")
    assert page.slug == "luat-dat-dai-2024"
    assert page.url.endswith("/luat-dat-dai-2024/")


def test_typed_unicode_slug_is_folded(justice_section):
    page = LegalNewsPageFactory(parent=justice_section, title="Tin mới", slug="tin-đặc-biệt")
    assert page.slug == "tin-dac-biet"


def test_duplicate_titles_get_distinct_slugs(justice_section):
    first = LegalNewsPageFactory(parent=justice_section, title="Luật Đất đai 2024")
    second = LegalNewsPageFactory(parent=justice_section, title="Luật Đất Đai 2024")
    assert (first.slug, second.slug) == ("luat-dat-dai-2024", "luat-dat-dai-2024-2")


def test_section_slug(db):
    assert SectionPageFactory(title="Đề cương giới thiệu luật").slug == "de-cuong-gioi-thieu-luat"
