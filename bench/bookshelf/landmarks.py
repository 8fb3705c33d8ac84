"""Well-known documents every corpus holds, whatever its size and seed.

The number queries of the benchmark look for these; other documents cite them in their
text (so a number has many text hits besides its own document), and several share a
number core under different issuers (52/2015/NĐ-CP, 52/2015/TT-BTC, 52/2015/QĐ-UBND,
52/2015/NQ-HĐND), as happens in the national database. No other document carries a
landmark's full number.
"""

import datetime
from dataclasses import dataclass

from .issuers import provincial_committee, provincial_council

date = datetime.date


@dataclass(frozen=True)
class Landmark:
    number: str
    doc_type: str
    issuer: str
    issuer_kind: str
    issued: datetime.date
    effective: datetime.date
    title: str
    field: str
    province: str = ""
    status: str = "con_hieu_luc"
    expiry: datetime.date | None = None
    relations: tuple[tuple[str, str], ...] = ()
    # The share of later documents that cite it.
    citation_rate: float = 0.0


LANDMARKS = (
    Landmark(
        "Không số",
        "Hiến pháp",
        "Quốc hội",
        "quoc_hoi",
        date(2013, 11, 28),
        date(2014, 1, 1),
        "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Bộ máy hành chính",
        citation_rate=0.02,
    ),
    Landmark(
        "45/2013/QH13",
        "Luật",
        "Quốc hội",
        "quoc_hoi",
        date(2013, 11, 29),
        date(2014, 7, 1),
        "Luật Đất đai",
        "Đất đai",
        status="het_hieu_luc_toan_bo",
        expiry=date(2024, 8, 1),
        citation_rate=0.03,
    ),
    Landmark(
        "14/2012/QH13",
        "Luật",
        "Quốc hội",
        "quoc_hoi",
        date(2012, 6, 20),
        date(2013, 1, 1),
        "Luật Phổ biến, giáo dục pháp luật",
        "Tư pháp",
        citation_rate=0.02,
    ),
    Landmark(
        "52/2015/TT-BTC",
        "Thông tư",
        "Bộ Tài chính",
        "ministry",
        date(2015, 4, 17),
        date(2015, 6, 1),
        "Thông tư hướng dẫn quản lý, sử dụng kinh phí bảo đảm cho công tác phổ biến, giáo dục "
        "pháp luật",
        "Tài chính nhà nước",
        citation_rate=0.01,
    ),
    Landmark(
        "52/2015/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "chinh_phu",
        date(2015, 5, 28),
        date(2015, 7, 15),
        "Nghị định về Cơ sở dữ liệu quốc gia về pháp luật",
        "Tư pháp",
        # About one document in eight cites it (the national database shows that share).
        citation_rate=0.17,
    ),
    Landmark(
        "52/2015/NQ-HĐND",
        "Nghị quyết",
        provincial_council("Thanh Hóa"),
        "hdnd",
        date(2015, 12, 10),
        date(2016, 1, 1),
        "Nghị quyết quy định mức chi bảo đảm cho công tác hòa giải ở cơ sở trên địa bàn tỉnh "
        "Thanh Hóa",
        "Tư pháp",
        province="Thanh Hóa",
    ),
    Landmark(
        "52/2015/QĐ-UBND",
        "Quyết định",
        provincial_committee("Quảng Ninh"),
        "ubnd",
        date(2015, 12, 22),
        date(2016, 1, 1),
        "Quyết định ban hành Quy chế phối hợp trong công tác phổ biến, giáo dục pháp luật trên "
        "địa bàn tỉnh Quảng Ninh",
        "Tư pháp",
        province="Quảng Ninh",
        status="het_hieu_luc_toan_bo",
        expiry=date(2023, 6, 20),
        relations=(("guides", "14/2012/QH13"),),
    ),
    Landmark(
        "01/2021/TT-BTP",
        "Thông tư",
        "Bộ Tư pháp",
        "ministry",
        date(2021, 2, 3),
        date(2021, 3, 20),
        "Thông tư hướng dẫn xây dựng, quản lý và khai thác Tủ sách pháp luật",
        "Tư pháp",
        relations=(("guides", "14/2012/QH13"),),
        citation_rate=0.01,
    ),
    Landmark(
        "13/2023/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "chinh_phu",
        date(2023, 4, 17),
        date(2023, 7, 1),
        "Nghị định về bảo vệ dữ liệu cá nhân",
        "Thông tin - Truyền thông",
        citation_rate=0.03,
    ),
    Landmark(
        "15/2023/QĐ-UBND",
        "Quyết định",
        provincial_committee("Quảng Ninh"),
        "ubnd",
        date(2023, 6, 9),
        date(2023, 6, 20),
        "Quyết định ban hành Quy chế phối hợp trong công tác phổ biến, giáo dục pháp luật trên "
        "địa bàn tỉnh Quảng Ninh",
        "Tư pháp",
        province="Quảng Ninh",
        relations=(("replaces", "52/2015/QĐ-UBND"), ("guides", "14/2012/QH13")),
        citation_rate=0.01,
    ),
    Landmark(
        "31/2024/QH15",
        "Luật",
        "Quốc hội",
        "quoc_hoi",
        date(2024, 1, 18),
        date(2024, 8, 1),
        "Luật Đất đai",
        "Đất đai",
        relations=(("replaces", "45/2013/QH13"),),
        citation_rate=0.1,
    ),
    Landmark(
        "88/2024/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "chinh_phu",
        date(2024, 7, 15),
        date(2024, 8, 1),
        "Nghị định quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất",
        "Đất đai",
        relations=(("guides", "31/2024/QH15"),),
        citation_rate=0.05,
    ),
    Landmark(
        "102/2024/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "chinh_phu",
        date(2024, 7, 30),
        date(2024, 8, 1),
        "Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai",
        "Đất đai",
        relations=(("guides", "31/2024/QH15"),),
        citation_rate=0.05,
    ),
    Landmark(
        "01/VBHN-VPQH",
        "Văn bản hợp nhất",
        "Văn phòng Quốc hội",
        "vpqh",
        date(2025, 1, 15),
        date(2025, 1, 15),
        "Luật Đất đai",
        "Đất đai",
        relations=(("consolidates", "31/2024/QH15"),),
    ),
)
