"""Demo units and legal fields, each with the colours its pictures are drawn in."""

from home.models import LegalField, Unit

from .artwork import DEFAULT_PALETTE, Palette

Kind = Unit.Kind

# key: (name, short name, kind, active). Content refers to units by key.
UNITS = {
    "STP": ("Sở Tư pháp", "STP", Kind.DEPARTMENT, True),
    "SNNMT": ("Sở Nông nghiệp và Môi trường", "SNNMT", Kind.DEPARTMENT, True),
    "SNV": ("Sở Nội vụ", "SNV", Kind.DEPARTMENT, True),
    "CAT": ("Công an tỉnh", "CAT", Kind.DEPARTMENT, True),
    "MTTQ": ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ", Kind.ORGANISATION, True),
    "HLHPN": ("Hội Liên hiệp Phụ nữ tỉnh", "HLHPN", Kind.ORGANISATION, True),
    "HALONG": ("Phường Hạ Long", "P. Hạ Long", Kind.COMMUNE, True),
    "QUANGHA": ("Xã Quảng Hà", "X. Quảng Hà", Kind.COMMUNE, True),
    "VANDON": ("Đặc khu Vân Đồn", "ĐK Vân Đồn", Kind.COMMUNE, True),
    "BAICHAY": ("Phường Bãi Cháy", "P. Bãi Cháy", Kind.COMMUNE, True),
    "CAMPHA": ("Phường Cẩm Phả", "P. Cẩm Phả", Kind.COMMUNE, True),
    "UONGBI": ("Phường Uông Bí", "P. Uông Bí", Kind.COMMUNE, True),
    "MONGCAI1": ("Phường Móng Cái 1", "P. Móng Cái 1", Kind.COMMUNE, True),
    "TIENYEN": ("Xã Tiên Yên", "X. Tiên Yên", Kind.COMMUNE, True),
    "COTO": ("Đặc khu Cô Tô", "ĐK Cô Tô", Kind.COMMUNE, True),
    # Districts were abolished on 1 July 2025; their earlier content keeps pointing here.
    "QUANGYEN": (
        "Thị xã Quảng Yên (trước 01/7/2025)",
        "TX Quảng Yên",
        Kind.DISTRICT_HISTORICAL,
        False,
    ),
}

LEGAL_FIELDS = {
    "Đất đai": (
        "Quản lý, sử dụng đất; quyền và nghĩa vụ của người sử dụng đất; giá đất, "
        "bồi thường, hỗ trợ, tái định cư.",
        Palette("#7a3e00", "#c8702a", "#ffd166"),
    ),
    "Hôn nhân và gia đình": (
        "Kết hôn, ly hôn, quan hệ giữa vợ và chồng, cha mẹ và con, cấp dưỡng.",
        Palette("#8e1b4f", "#d6457f", "#ffc2d6"),
    ),
    "Giao thông đường bộ": (
        "Quy tắc giao thông, giấy phép lái xe, xử lý vi phạm về trật tự, an toàn giao thông.",
        Palette("#0b3d91", "#1f78d1", "#ffcc00"),
    ),
    "Lao động": (
        "Hợp đồng lao động, tiền lương, thời giờ làm việc, thời giờ nghỉ ngơi, tuổi nghỉ hưu.",
        Palette("#1f4e5f", "#2a9d8f", "#e9c46a"),
    ),
    "Phòng, chống ma túy": (
        "Phòng ngừa, phát hiện ma túy; quản lý người sử dụng trái phép chất ma túy; cai nghiện.",
        Palette("#3c1642", "#7b2d8b", "#f8c630"),
    ),
    "Bảo vệ môi trường": (
        "Phân loại, thu gom chất thải; bảo vệ môi trường biển, vịnh và khu dân cư.",
        Palette("#1b5e20", "#43a047", "#c5e1a5"),
    ),
    "Phòng, chống bạo lực gia đình": (
        "Phòng ngừa, phát hiện, xử lý bạo lực gia đình; bảo vệ, hỗ trợ người bị bạo lực.",
        Palette("#6a1b1a", "#c0392b", "#ffd8a8"),
    ),
    "Hòa giải ở cơ sở": (
        "Tổ chức và hoạt động của tổ hòa giải, hòa giải viên ở thôn, khu phố.",
        Palette("#264653", "#2a9d8f", "#f4a261"),
    ),
    "Căn cước": (
        "Thẻ căn cước, căn cước điện tử, cơ sở dữ liệu quốc gia về dân cư.",
        Palette("#22333b", "#5e7ce2", "#c6d8ff"),
    ),
    "Thủy sản": (
        "Khai thác, nuôi trồng thủy sản; chống khai thác bất hợp pháp, không báo cáo "
        "và không theo quy định (IUU).",
        Palette("#03396c", "#0e9aa7", "#a0e7e5"),
    ),
    "Phổ biến, giáo dục pháp luật": (
        "Công tác phổ biến, giáo dục pháp luật, Ngày Pháp luật Việt Nam, báo cáo viên pháp luật.",
        Palette("#a4161a", "#e5383b", "#ffd60a"),
    ),
}


def load_units():
    """Create the units that do not exist yet; return them by key."""
    units = {}
    for order, (key, (name, short_name, kind, active)) in enumerate(UNITS.items(), start=1):
        units[key], _ = Unit.objects.get_or_create(
            name=name,
            defaults={
                "short_name": short_name,
                "kind": kind,
                "is_active": active,
                "sort_order": order * 10,
            },
        )
    return units


def load_legal_fields():
    """Create the legal fields that do not exist yet; return them by name."""
    return {
        name: LegalField.objects.get_or_create(
            name=name, defaults={"description": description, "sort_order": order * 10}
        )[0]
        for order, (name, (description, _)) in enumerate(LEGAL_FIELDS.items(), start=1)
    }


def palette_for(field_names):
    """Pictures take the colours of the first legal field they illustrate."""
    return LEGAL_FIELDS[field_names[0]][1] if field_names else DEFAULT_PALETTE
