"""The benchmark's queries, in the classes citizens type them.

Every query finds documents in any corpus the generator writes: the words come from its
phrase banks, the numbers from its landmark documents. A number query names the
document that must come first: by its number and issuer, or, for a bare number and year
("52/2015") that several issuers share, by that core alone.
"""

from dataclasses import dataclass

from core.document_numbers import number_core

CLASSES = ("common", "rare", "phrase", "no_diacritics", "number")
CLASS_LABELS = {
    "common": "common words",
    "rare": "rare words",
    "phrase": "phrases",
    "no_diacritics": "no diacritics",
    "number": "document numbers",
}


@dataclass(frozen=True)
class Expected:
    """The document a number query must put first."""

    number: str
    issuer: str = ""  # empty: any document whose number has the core of ``number``

    def matches(self, number, issuer):
        if self.issuer:
            return number == self.number and issuer == self.issuer
        return number_core(number) == number_core(self.number)

    def __str__(self):
        return f"{self.number} ({self.issuer})" if self.issuer else f"any {self.number}"


@dataclass(frozen=True)
class Query:
    text: str
    kind: str
    expected: Expected | None = None


DECREE_52 = Expected("52/2015/NĐ-CP", "Chính phủ")
LAND_LAW_2024 = Expected("31/2024/QH15", "Quốc hội")

QUERIES = (
    Query("quy định", "common"),
    Query("trách nhiệm", "common"),
    Query("ủy ban nhân dân", "common"),
    Query("thực hiện", "common"),
    Query("cơ quan nhà nước", "common"),
    Query("hồ sơ", "common"),
    Query("ngọc trai", "rare"),
    Query("than hầm lò", "rare"),
    Query("sá sùng", "rare"),
    Query("rừng ngập mặn", "rare"),
    Query("chè hoa vàng", "rare"),
    Query("ba kích tím", "rare"),
    Query("tàu cá vỏ thép", "rare"),
    Query("hát nhà tơ", "rare"),
    Query("quyền sử dụng đất", "phrase"),
    Query("giấy chứng nhận quyền sử dụng đất", "phrase"),
    Query("thủ tục hành chính", "phrase"),
    Query("phổ biến, giáo dục pháp luật", "phrase"),
    Query("bồi thường, hỗ trợ, tái định cư", "phrase"),
    Query("xử phạt vi phạm hành chính", "phrase"),
    Query("Luật Đất đai", "phrase"),
    Query("an toàn thực phẩm", "phrase"),
    Query("thu hoi dat", "no_diacritics"),
    Query("luat dat dai", "no_diacritics"),
    Query("nghi dinh", "no_diacritics"),
    Query("quyen su dung dat", "no_diacritics"),
    Query("trach nhiem", "no_diacritics"),
    Query("dieu kien kinh doanh", "no_diacritics"),
    Query("hieu luc thi hanh", "no_diacritics"),
    Query("uy ban nhan dan tinh quang ninh", "no_diacritics"),
    Query("ngoc trai", "no_diacritics"),
    Query("52/2015/NĐ-CP", "number", DECREE_52),
    Query("52/2015/nd-cp", "number", DECREE_52),
    Query("52-2015-nd-cp", "number", DECREE_52),
    Query("nđ 52/2015", "number", DECREE_52),
    Query("nghi dinh 52/2015", "number", DECREE_52),
    Query("52/2015", "number", Expected("52/2015")),
    Query("31/2024/QH15", "number", LAND_LAW_2024),
    Query("luật đất đai 31/2024/qh15", "number", LAND_LAW_2024),
    Query("52/2015/TT-BTC", "number", Expected("52/2015/TT-BTC", "Bộ Tài chính")),
    Query(
        "15/2023/QĐ-UBND",
        "number",
        Expected("15/2023/QĐ-UBND", "Ủy ban nhân dân tỉnh Quảng Ninh"),
    ),
    Query("01/VBHN-VPQH", "number", Expected("01/VBHN-VPQH", "Văn phòng Quốc hội")),
    Query("1/2021/tt-btp", "number", Expected("01/2021/TT-BTP", "Bộ Tư pháp")),
    Query("45/2013/qh13", "number", Expected("45/2013/QH13", "Quốc hội")),
)
