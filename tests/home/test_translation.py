"""Translating pages to English with wagtail-localize keeps slugs Vietnamese-aware."""

import pytest

from home.models import HomePage
from publications.models import LegalNewsPage
from tests.factories import LegalNewsPageFactory, translate


@pytest.fixture
def english_section(justice_section):
    translate(
        HomePage.objects.get(), {"Phổ biến, giáo dục pháp luật tỉnh Quảng Ninh": "Legal news"}
    )
    return translate(
        justice_section, {"Tin tức pháp luật": "Legal news", "tin-tuc-phap-luat": "news"}
    )


def test_translated_page_is_english_and_live(client, english_section, justice_section):
    page = LegalNewsPageFactory(
        parent=justice_section,
        title="Luật Đất đai 2024 có hiệu lực",
        summary="Luật mới về đất đai.",
    )
    english = translate(
        page,
        {
            "Luật Đất đai 2024 có hiệu lực": "The 2024 Land Law takes effect",
            "luat-dat-dai-2024-co-hieu-luc": "land-law-2024-takes-effect",
            "Luật mới về đất đai.": "A new law on land.",
        },
    )
    assert isinstance(english, LegalNewsPage)
    assert english.locale.language_code == "en"
    assert english.live
    assert english.title == "The 2024 Land Law takes effect"
    assert english.summary == "A new law on land."
    assert english.slug == "land-law-2024-takes-effect"
    assert english.get_parent().specific == english_section
    assert english.url.startswith("/en/")
    assert english.translation_key == page.translation_key
    # Not translatable: who made it stays the same.
    assert english.unit == page.unit

    response = client.get(english.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "The 2024 Land Law takes effect" in html
    assert "A new law on land." in html


def test_vietnamese_slug_typed_by_translator_keeps_its_d(english_section, justice_section):
    page = LegalNewsPageFactory(parent=justice_section, title="Luật Đất đai 2024")
    # The translator keeps the Vietnamese name in the English slug. wagtail-localize's own
    # slugify would make it "lut-t-ai-2024".
    english = translate(page, {"luat-dat-dai-2024": "luật-đất-đai-2024"})
    assert english.slug == "luat-dat-dai-2024"
