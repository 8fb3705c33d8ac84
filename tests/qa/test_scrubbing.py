"""Personal data typed into a question is hidden before it is published; the law it is
about (dates, amounts, document numbers, articles) is not."""

import unicodedata

import pytest

from qa.scrubbing import scrub

HIDDEN = "[đã ẩn]"


@pytest.mark.parametrize(
    "phone",
    [
        "0912345678",
        "0912 345 678",
        "0912.345.678",
        "091-234-5678",
        "+84 912 345 678",
        "+84912345678",
        "(+84) 912345678",
        "84912345678",
        "0203 3835 123",  # a Quảng Ninh landline
        "02033835123",
    ],
)
def test_phone_numbers_as_people_type_them(phone):
    assert scrub(f"Gọi cho tôi số {phone} nhé.") == f"Gọi cho tôi số {HIDDEN} nhé."


@pytest.mark.parametrize("email", ["hoa.nguyen@gmail.com", "Binh_Tran+hoi@so-tp.quangninh.gov.vn"])
def test_email_addresses(email):
    assert scrub(f"Trả lời qua {email}, cảm ơn") == f"Trả lời qua {HIDDEN}, cảm ơn"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CCCD 022185001234 cấp năm 2021", f"CCCD {HIDDEN} cấp năm 2021"),
        ("số căn cước 022 185 001 234.", f"số căn cước {HIDDEN}."),
        ("mã định danh 022185001234", f"mã định danh {HIDDEN}"),
        ("CMND số: 100123456", f"CMND số: {HIDDEN}"),
        ("chứng minh nhân dân 100123456 cấp", f"chứng minh nhân dân {HIDDEN} cấp"),
        ("hộ chiếu C1234567", f"hộ chiếu {HIDDEN}"),
        ("ho chieu so C1234567", f"ho chieu so {HIDDEN}"),
    ],
)
def test_identity_paper_numbers(text, expected):
    assert scrub(text) == expected


@pytest.mark.parametrize(
    "name",
    ["Nguyễn Thị Hoa", "nguyễn thị hoa", "Nguyen Thi Hoa", "NGUYEN THI HOA", "Nguyễn  Thị Hoa"],
)
def test_the_askers_name_with_or_without_diacritics(name):
    text = f"Tôi là {name}, ở phường Hạ Long."
    assert scrub(text, names=["Nguyễn Thị Hoa"]) == f"Tôi là {HIDDEN}, ở phường Hạ Long."


def test_a_one_word_name_is_left_since_it_is_also_an_ordinary_word():
    text = "Hòa giải ở cơ sở có bắt buộc không? Hoa hỏi."
    assert scrub(text, names=["Hoa"]) == text


@pytest.mark.parametrize(
    "text",
    [
        "Luật Đất đai số 31/2024/QH15 có hiệu lực từ 01/8/2024.",
        "Nghị định 52/2015/NĐ-CP, Điều 56, khoản 2.",
        "Ngày 01.07.2025 tôi vay 100.000.000.000 đồng, lãi 20.000.000 đồng.",
        "Thửa đất số 123, tờ bản đồ số 45, diện tích 150 m2.",
        "Mức phạt từ 2.000.000 đến 3.000.000 đồng theo Nghị định 168/2024/NĐ-CP.",
    ],
)
def test_the_law_and_its_figures_stay(text):
    assert scrub(text) == text


def test_several_pieces_in_one_text_and_only_names_when_asked():
    text = "Tôi Trần Văn Bình (0987654321, binh@example.vn) hỏi; đường dây nóng 0203 3835 123."
    assert scrub(text, names=["Trần Văn Bình"]) == (
        f"Tôi {HIDDEN} ({HIDDEN}, {HIDDEN}) hỏi; đường dây nóng {HIDDEN}."
    )
    assert scrub(text, names=["Trần Văn Bình"], numbers=False) == (
        f"Tôi {HIDDEN} (0987654321, binh@example.vn) hỏi; đường dây nóng 0203 3835 123."
    )


def test_text_in_decomposed_unicode_is_scrubbed_and_normalised():
    text = unicodedata.normalize("NFD", "Tôi là Nguyễn Thị Hoa")
    assert scrub(text, names=["Nguyễn Thị Hoa"]) == f"Tôi là {HIDDEN}"
