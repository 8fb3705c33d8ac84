"""How a question is read for suggestions: its filler dropped, with or without
diacritics, its pairs of adjacent words, the everyday words the law names otherwise."""

import pytest

from core.vietnamese import _mapped
from qa.suggestions.articles import worth_suggesting
from qa.suggestions.words import content_words, distinct, legal_wordings, pairs


def words(text):
    return distinct(content_words(text))


@pytest.mark.parametrize(
    "question",
    [
        "Xin hỏi, tôi muốn ly hôn đơn phương thì làm thế nào ạ?",
        "xin hoi toi muon ly hon don phuong thi lam the nao a",
        "Cho em hỏi ly hôn đơn phương như thế nào?",
        "ly hôn đơn phương có được không",
        "Tôi muốn ly hôn đơn phương. Xin cảm ơn!",
    ],
)
def test_the_phrasing_of_a_question_is_dropped(question):
    assert words(question) == ["ly", "hon", "don", "phuong"]


def test_a_word_with_marks_is_filler_in_its_own_spelling_only():
    """ "tôi" (I) is filler; "tội" (an offence) is what the question is about."""
    assert words("Tôi bị tố cáo tội lừa đảo") == ["to", "cao", "toi", "lua", "dao"]
    assert words("thế chấp nhà như thế nào") == ["the", "chap", "nha"]


def test_a_word_without_marks_is_filler_only_where_it_cannot_mean_more():
    # "toi muon" can only be "tôi muốn"; a lone "toi" may be "tội".
    assert words("toi muon hoi ve toi danh") == ["ve", "toi", "danh"]
    # "không" ends a question; inside one it may be "hàng không".
    assert words("luật hàng không dân dụng có quy định này không") == [
        "luat",
        "hang",
        "khong",
        "dan",
        "dung",
        "quy",
        "dinh",
        "nay",
    ]


def test_pairs_do_not_bridge_filler():
    assert pairs(content_words("ly hôn thì đơn phương")) == ["ly hon", "don phuong"]
    assert pairs(content_words("Đất đai, nhà ở")) == ["dat dai", "dai nha", "nha o"]


def test_everyday_words_and_abbreviations():
    land = ("so do", "giấy chứng nhận quyền sử dụng đất")
    assert legal_wordings("Mất sổ đỏ thì làm lại ở đâu") == [land]
    assert legal_wordings("mat so do") == [land]
    assert legal_wordings("vẽ sơ đồ thửa đất") == []
    assert legal_wordings("Đóng BHXH tự nguyện") == [("bhxh", "bảo hiểm xã hội")]


@pytest.mark.parametrize(
    ("label", "worth"),
    [
        ("Điều 1. Phạm vi điều chỉnh", False),
        ("Điều 2. Đối tượng áp dụng", False),
        ("Điều 3. Giải thích từ ngữ", False),
        ("Điều 132. Hiệu lực thi hành", False),
        ("Điều 133. Trách nhiệm thi hành", False),
        ("Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2025.", False),
        ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở…", False),
        ("Điều 5", False),
        ("Điều 56. Ly hôn theo yêu cầu của một bên", True),
        ("Điều 11. Thời điểm hợp đồng có hiệu lực", True),
        ("Điều 7. Điều khoản chuyển tiếp", True),
    ],
)
def test_boilerplate_articles(label, worth):
    assert worth_suggesting(label) is worth


def test_short_and_long_texts_fold_alike():
    """Short texts are folded by ``str.translate``, long ones with numpy: alike."""
    short = "đất đai, ập ề, hoà giải, thuỷ sản, i̇ ư"
    assert len(short) < 80 < len(short * 3)
    assert _mapped(short * 3) == _mapped(short) * 3 == "dat dai, ap e, hoa giai, thuy san, i̇ u" * 3
