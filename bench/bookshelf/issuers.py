"""Who issues what in the synthetic corpus: issuing bodies, document kinds and the shape of
their numbers, in roughly the proportions of the national legal database (about a third
central documents, two thirds provincial ones)."""

import datetime
from dataclasses import dataclass

# Ministries by the code their numbers carry ("TT-BTC"). Several merged on 1 March 2025;
# documents issued after that carry the successor's name and code.
MINISTRIES = {
    "BTC": "Bộ Tài chính",
    "BTP": "Bộ Tư pháp",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BXD": "Bộ Xây dựng",
    "BGTVT": "Bộ Giao thông vận tải",
    "BYT": "Bộ Y tế",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BNV": "Bộ Nội vụ",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BCT": "Bộ Công Thương",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
}
MINISTRY_MERGER_DATE = datetime.date(2025, 3, 1)
MERGED_INTO = {
    "BTNMT": "BNNMT",
    "BNNPTNT": "BNNMT",
    "BGTVT": "BXD",
    "BLĐTBXH": "BNV",
    "BKHĐT": "BTC",
    "BTTTT": "BKHCN",
}


def ministry_code(code, date):
    """The code of the ministry that held ``code``'s portfolio on ``date``."""
    return MERGED_INTO.get(code, code) if date >= MINISTRY_MERGER_DATE else code


# The 63 provinces and centrally-run cities before 1 July 2025, and the 34 after.
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ", "Huế"}
PROVINCES_BEFORE_2025 = [
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bạc Liêu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Dương",
    "Bình Định",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cao Bằng",
    "Cần Thơ",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lạng Sơn",
    "Lào Cai",
    "Lâm Đồng",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Tiền Giang",
    "Hồ Chí Minh",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
]
PROVINCES_AFTER_2025 = [
    "Hà Nội",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
    "Tuyên Quang",
    "Lào Cai",
    "Thái Nguyên",
    "Phú Thọ",
    "Bắc Ninh",
    "Hưng Yên",
    "Hải Phòng",
    "Ninh Bình",
    "Quảng Trị",
    "Đà Nẵng",
    "Quảng Ngãi",
    "Gia Lai",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đắk Lắk",
    "Hồ Chí Minh",
    "Đồng Nai",
    "Tây Ninh",
    "Cần Thơ",
    "Vĩnh Long",
    "Đồng Tháp",
    "Cà Mau",
    "An Giang",
]
PROVINCE_MERGER_DATE = datetime.date(2025, 7, 1)
HOME_PROVINCE = "Quảng Ninh"
# The bookshelf is Quảng Ninh's: it holds more of its own province's documents.
HOME_PROVINCE_WEIGHT = 5


def province_label(province):
    """ "tỉnh Quảng Ninh", "thành phố Hà Nội"."""
    return f"{'thành phố' if province in CITIES else 'tỉnh'} {province}"


def provincial_council(province):
    return f"Hội đồng nhân dân {province_label(province)}"


def provincial_committee(province):
    return f"Ủy ban nhân dân {province_label(province)}"


def legislature(year):
    """The National Assembly's term in ``year``: 15 for 2021–2026, as in "QH15"."""
    for first_year, term in ((2021, 15), (2016, 14), (2011, 13), (2007, 12), (2002, 11)):
        if year >= first_year:
            return term
    return 10 if year >= 1997 else 9


@dataclass(frozen=True)
class Kind:
    """A kind of document: its type name, who issues it, how its number reads, and how
    often it occurs (a share of the corpus, in per cent)."""

    doc_type: str
    issuer: (
        str  # "quoc_hoi", "ubtvqh", "ctn", "chinh_phu", "ttg", "ministry", "hdnd", "ubnd", "vpqh"
    )
    number: str  # "{n}/{year}/NĐ-CP"; {code} is the ministry, {qh} the legislature
    weight: float
    first_year: int = 1990
    last_year: int = 2100
    # The phrase that enacts it ("Chính phủ ban hành Nghị định ...").
    enacted_by: str = ""

    @property
    def local(self):
        return self.issuer in ("hdnd", "ubnd")


KINDS = [
    Kind("Luật", "quoc_hoi", "{n}/{year}/QH{qh}", 1.2, enacted_by="Quốc hội"),
    Kind("Bộ luật", "quoc_hoi", "{n}/{year}/QH{qh}", 0.05, enacted_by="Quốc hội"),
    Kind("Nghị quyết", "quoc_hoi", "{n}/{year}/QH{qh}", 0.6, enacted_by="Quốc hội"),
    Kind(
        "Pháp lệnh", "ubtvqh", "{n}/{year}/UBTVQH{qh}", 0.3, enacted_by="Ủy ban Thường vụ Quốc hội"
    ),
    Kind(
        "Nghị quyết", "ubtvqh", "{n}/{year}/UBTVQH{qh}", 0.8, enacted_by="Ủy ban Thường vụ Quốc hội"
    ),
    Kind("Lệnh", "ctn", "{n}/{year}/L-CTN", 0.3, enacted_by="Chủ tịch nước"),
    Kind("Nghị định", "chinh_phu", "{n}/{year}/NĐ-CP", 7.0, enacted_by="Chính phủ"),
    Kind("Nghị quyết", "chinh_phu", "{n}/{year}/NQ-CP", 0.8, enacted_by="Chính phủ"),
    Kind("Quyết định", "ttg", "{n}/{year}/QĐ-TTg", 4.0, enacted_by="Thủ tướng Chính phủ"),
    Kind("Chỉ thị", "ttg", "{n}/{year}/CT-TTg", 0.8, enacted_by="Thủ tướng Chính phủ"),
    Kind("Thông tư", "ministry", "{n}/{year}/TT-{code}", 12.0),
    Kind("Thông tư liên tịch", "ministry", "{n}/{year}/TTLT-{code}-BTP", 1.5, last_year=2016),
    Kind("Văn bản hợp nhất", "vpqh", "{n}/VBHN-VPQH", 0.5, first_year=2013),
    Kind("Văn bản hợp nhất", "ministry", "{n}/VBHN-{code}", 3.0, first_year=2013),
    Kind("Quyết định", "ubnd", "{n}/{year}/QĐ-UBND", 40.0),
    Kind("Nghị quyết", "hdnd", "{n}/{year}/NQ-HĐND", 20.0),
    Kind("Chỉ thị", "ubnd", "{n}/{year}/CT-UBND", 3.0),
]
# Of every thousand documents, about one has no number (the national database shows
# them as "Không số").
NO_NUMBER_RATE = 0.001

NATIONAL_ISSUERS = {
    "quoc_hoi": "Quốc hội",
    "ubtvqh": "Ủy ban Thường vụ Quốc hội",
    "ctn": "Chủ tịch nước",
    "chinh_phu": "Chính phủ",
    "ttg": "Thủ tướng Chính phủ",
    "vpqh": "Văn phòng Quốc hội",
}

# Who signs for each kind of issuer, and with which title (the first is the most common).
SIGNER_TITLES = {
    "quoc_hoi": ("Chủ tịch Quốc hội",),
    "ubtvqh": ("Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội"),
    "ctn": ("Chủ tịch nước",),
    "chinh_phu": ("Thủ tướng", "Phó Thủ tướng"),
    "ttg": ("Thủ tướng", "Phó Thủ tướng"),
    "vpqh": ("Chủ nhiệm Văn phòng Quốc hội",),
    "ministry": ("Bộ trưởng", "Thứ trưởng"),
    "hdnd": ("Chủ tịch", "Phó Chủ tịch"),
    "ubnd": ("Chủ tịch", "Phó Chủ tịch"),
}
# The block above the signature: "TM. ỦY BAN NHÂN DÂN" and, for a deputy, "KT. CHỦ TỊCH".
SIGNATURE_HEADS = {
    "quoc_hoi": "",
    "ubtvqh": "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    "ctn": "",
    "chinh_phu": "TM. CHÍNH PHỦ",
    "ttg": "",
    "vpqh": "",
    "ministry": "",
    "hdnd": "",
    "ubnd": "TM. ỦY BAN NHÂN DÂN",
}
DEPUTY_OF = {
    "Phó Thủ tướng": "Thủ tướng",
    "Thứ trưởng": "Bộ trưởng",
    "Phó Chủ tịch": "Chủ tịch",
    "Phó Chủ tịch Quốc hội": "Chủ tịch Quốc hội",
}

FAMILY_NAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đào",
    "Đinh",
    "Cao",
    "Trịnh",
    "Mai",
    "Lương",
    "Đoàn",
    "Tạ",
]
MIDDLE_NAMES = [
    "Văn",
    "Thị",
    "Đức",
    "Minh",
    "Quốc",
    "Hữu",
    "Thanh",
    "Ngọc",
    "Xuân",
    "Hồng",
    "Anh",
    "Quang",
    "Thế",
    "Tuấn",
    "Đình",
    "Công",
    "Bá",
    "Trọng",
]
GIVEN_NAMES = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hùng",
    "Hải",
    "Hương",
    "Lan",
    "Long",
    "Minh",
    "Nam",
    "Nga",
    "Phúc",
    "Quân",
    "Sơn",
    "Thắng",
    "Thảo",
    "Trung",
    "Tuấn",
    "Vinh",
    "Việt",
    "Đạt",
    "Điệp",
    "Hiếu",
    "Khánh",
    "Lợi",
    "Mạnh",
    "Nhật",
    "Phương",
    "Quyết",
    "Thủy",
    "Tùng",
    "Yến",
    "Chiến",
    "Đông",
    "Hạnh",
    "Kiên",
    "Luận",
    "Nghĩa",
    "Tường",
]
