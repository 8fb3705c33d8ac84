"""The text each network gets by default: the page's summary trimmed to the network's
limit (X's counted as X counts it, the link included) with hashtags from its tags."""

import pytest

from django.core.exceptions import ValidationError

from delivery.models import SocialPostChoice
from delivery.social.text import default_text, hashtag, length_on, x_weight
from tests.factories import LegalNewsPageFactory

LONG_SUMMARY = (
    "Luật Đất đai năm 2024 được Quốc hội khóa XV thông qua ngày 18/01/2024, có hiệu lực "
    "từ ngày 01/8/2024, với nhiều điểm mới về quyền của người sử dụng đất, bồi thường, hỗ "
    "trợ, tái định cư khi Nhà nước thu hồi đất, và về bảng giá đất áp dụng từ năm 2026 "
    "tại các địa phương trong cả nước, trong đó có tỉnh Quảng Ninh."
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Pháp luật", "#PhapLuat"),
        ("đất đai", "#DatDai"),
        ("Luật Hôn nhân và Gia đình 2014", "#LuatHonNhanVaGiaDinh2014"),
        ("An toàn giao thông!", "#AnToanGiaoThong"),
        ("***", ""),
    ],
)
def test_hashtags_are_written_without_diacritics(name, expected):
    assert hashtag(name) == expected


def test_x_counts_vietnamese_letters_and_links_as_x_does():
    # Plain Latin letters weigh one; the precomposed Vietnamese letters two.
    assert x_weight("Luat") == 4
    assert x_weight("Luật") == 5
    # "Đ" and "đ" (Latin Extended-A) weigh one, "ấ" (Latin Extended Additional) two.
    assert x_weight("Đất đai") == 8
    assert x_weight("xem https://phobienphapluat.quangninh.gov.vn/tin/luat-dat-dai-2024/") == 4 + 23
    # The page's link is added after the text: one space and 23.
    assert length_on("x", "Luat") == 4 + 1 + 23
    assert length_on("facebook", "Luật") == 4


@pytest.mark.django_db
def test_default_text_fits_x_with_the_link_and_hashtags(justice_section):
    page = LegalNewsPageFactory(parent=justice_section, summary=LONG_SUMMARY)
    page.tags.add("Pháp luật", "Đất đai")
    page.save()

    text = default_text("x", page)
    assert length_on("x", text) <= 280
    assert text.endswith("\n\n#PhapLuat #DatDai")
    excerpt = text.split("\n\n")[0]
    assert excerpt.endswith("…")
    assert LONG_SUMMARY.startswith(excerpt.removesuffix("…"))
    # Facebook takes the whole summary.
    assert default_text("facebook", page) == f"{LONG_SUMMARY}\n\n#PhapLuat #DatDai"


@pytest.mark.django_db
def test_default_text_uses_the_sharing_text_when_given(justice_section):
    page = LegalNewsPageFactory(parent=justice_section, social_text="Điểm mới của Luật Đất đai")
    assert default_text("zalo", page) == "Điểm mới của Luật Đất đai"


def test_an_editor_text_too_long_for_x_is_refused():
    choice = SocialPostChoice(network="x", text="Đất đai " * 40)
    with pytest.raises(ValidationError) as refused:
        choice.clean()
    assert "tối đa 280 ký tự" in str(refused.value)
    SocialPostChoice(network="facebook", text="Đất đai " * 40).clean()
