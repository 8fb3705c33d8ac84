"""The demo units' PBGDPL activities of 2025 and 2026, as their staff record them: direct
sessions, trainings, online exchanges and contests held outside the site, so that the
statistics' automatic figures have something to count."""

import datetime

from home.models import LegalField
from reports.models import ActivityRecord

Kind = ActivityRecord.Kind

# (title, legal field)
DIRECT_TOPICS = [
    ("Tuyên truyền Luật Đất đai năm 2024 tại khu dân cư", "Đất đai"),
    ("Phổ biến Luật Căn cước và dịch vụ công trực tuyến cho người dân", "Căn cước"),
    ("Tuyên truyền phòng, chống ma túy cho học sinh trung học", "Phòng, chống ma túy"),
    ("Tuyên truyền chống khai thác hải sản bất hợp pháp (IUU) cho ngư dân", "Thủy sản"),
    (
        "Phổ biến pháp luật về phòng, chống bạo lực gia đình cho hội viên phụ nữ",
        "Phòng, chống bạo lực gia đình",
    ),
    (
        "Tuyên truyền pháp luật về trật tự, an toàn giao thông cho đoàn viên thanh niên",
        "Giao thông đường bộ",
    ),
    ("Phổ biến pháp luật về bảo vệ môi trường và phân loại rác thải", "Bảo vệ môi trường"),
]
ONLINE_DIRECT = (
    "Hội nghị trực tuyến phổ biến văn bản pháp luật mới cho cán bộ, công chức",
    "Phổ biến, giáo dục pháp luật",
)
LAW_DAY = (
    "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Phổ biến, giáo dục pháp luật",
)
TRAININGS = [
    ("Tập huấn kỹ năng hòa giải cho hòa giải viên ở cơ sở", "Hòa giải ở cơ sở"),
    (
        "Bồi dưỡng nghiệp vụ cho báo cáo viên, tuyên truyền viên pháp luật",
        "Phổ biến, giáo dục pháp luật",
    ),
]
EXCHANGES = [
    ("Giao lưu trực tuyến: hỏi đáp về cấp Giấy chứng nhận quyền sử dụng đất", "Đất đai"),
    ("Đối thoại trực tuyến về hợp đồng lao động, tiền lương, bảo hiểm xã hội", "Lao động"),
]
CONTESTS = [
    ("Cuộc thi tìm hiểu pháp luật về an toàn giao thông", "Giao thông đường bộ"),
    ("Cuộc thi trực tuyến tìm hiểu Luật Phòng, chống ma túy", "Phòng, chống ma túy"),
]
ONLINE_PLACE = "Trực tuyến trên Cổng thông tin điện tử tỉnh"
# Recordings of online exchanges are kept on the videos the demo links to.
RECORDINGS = [f"https://www.youtube.com/watch?v=PBGDPLqn00{n}" for n in range(1, 8)]

# Where each unit holds its sessions: its hall, then a place among the people it serves.
PLACES = {
    "STP": ("Hội trường Sở Tư pháp, Phường Hồng Gai", "Trung tâm Hội nghị tỉnh, Phường Hồng Gai"),
    "SNNMT": ("Hội trường Sở Nông nghiệp và Môi trường", "Cảng cá Cái Rồng, Đặc khu Vân Đồn"),
    "SNV": ("Hội trường Sở Nội vụ", "Trường Chính trị Nguyễn Văn Cừ, Phường Hạ Long"),
    "CAT": ("Hội trường Công an tỉnh", "Trường THPT Hòn Gai, Phường Hồng Gai"),
    "MTTQ": ("Hội trường Ủy ban MTTQ tỉnh", "Nhà văn hóa khu phố 3, Phường Bãi Cháy"),
    "HLHPN": ("Hội trường Hội Liên hiệp Phụ nữ tỉnh", "Nhà văn hóa thôn Đồng Cậy, Xã Quảng Hà"),
    "HALONG": ("Hội trường UBND Phường Hạ Long", "Nhà văn hóa khu phố 5, Phường Hạ Long"),
    "QUANGHA": ("Hội trường UBND Xã Quảng Hà", "Chợ trung tâm Xã Quảng Hà"),
    "VANDON": ("Hội trường UBND Đặc khu Vân Đồn", "Cảng cá Cái Rồng, Đặc khu Vân Đồn"),
    "BAICHAY": ("Hội trường UBND Phường Bãi Cháy", "Nhà văn hóa khu phố 2, Phường Bãi Cháy"),
    "CAMPHA": ("Hội trường UBND Phường Cẩm Phả", "Nhà văn hóa khu Diêm Thủy, Phường Cẩm Phả"),
    "UONGBI": ("Hội trường UBND Phường Uông Bí", "Trường THCS Trưng Vương, Phường Uông Bí"),
    "MONGCAI1": ("Hội trường UBND Phường Móng Cái 1", "Chợ Trung tâm Móng Cái"),
    "TIENYEN": ("Hội trường UBND Xã Tiên Yên", "Nhà văn hóa thôn Khe Tiên, Xã Tiên Yên"),
    "COTO": ("Hội trường UBND Đặc khu Cô Tô", "Bến tàu Cô Tô"),
    "QUANGYEN": ("Hội trường UBND thị xã Quảng Yên", "Nhà văn hóa phường Yên Giang"),
}


def _day(year, month, seed):
    return datetime.date(year, month, 3 + seed % 24)


def _record(kind, topic, date, place="", online=False, link="", participants=0, presenters=0):
    title, field = topic
    record = ActivityRecord(
        kind=kind,
        title=title,
        date=date,
        place=place,
        online=online,
        link=link,
        participants=participants,
        presenters=presenters,
    )
    return record, field


def activities_of(key, seed, year, last_month, law_day=True):
    """One unit's activity records of one year, unsaved and without their unit, as
    (record, legal field name): dated up to ``last_month``, and with ``law_day`` the
    law day's session of 9 November. ``seed`` varies topics, dates and counts between
    units."""
    hall, outside = PLACES[key]

    def month(step):
        return 1 + (seed + step) % last_month

    records = [
        _record(
            Kind.DIRECT,
            DIRECT_TOPICS[(seed + j * 3) % len(DIRECT_TOPICS)],
            _day(year, month(j * 4), seed + j * 5),
            place=outside if j % 2 else hall,
            participants=60 + (seed * 37 + j * 53) % 240,
            presenters=1 + (seed + j) % 3,
        )
        for j in range(3)
    ]
    if seed % 2 == 0:
        records.append(
            _record(
                Kind.DIRECT,
                ONLINE_DIRECT,
                _day(year, month(2), seed),
                place=f"Điểm cầu chính: {hall}",
                online=True,
                link=RECORDINGS[seed % len(RECORDINGS)],
                participants=120 + seed * 15,
                presenters=2,
            )
        )
    records += [
        _record(
            Kind.TRAINING,
            TRAININGS[seed % len(TRAININGS)],
            _day(year, month(1), seed * 2),
            place=hall,
            participants=30 + (seed * 11) % 50,
            presenters=2,
        ),
        _record(
            Kind.ONLINE_EXCHANGE,
            EXCHANGES[(seed + year) % len(EXCHANGES)],
            _day(year, month(5), seed + 3),
            online=True,
            link=RECORDINGS[(seed + 3) % len(RECORDINGS)],
            participants=200 + (seed * 71) % 700,
            presenters=3,
        ),
    ]
    contest = CONTESTS[(seed + year) % len(CONTESTS)]
    online = "trực tuyến" in contest[0]
    records.append(
        _record(
            Kind.CONTEST,
            contest,
            _day(year, month(3), seed + 7),
            place=ONLINE_PLACE if online else hall,
            online=online,
            participants=300 + (seed * 131) % 1500,
        )
    )
    if law_day:
        records.append(
            _record(
                Kind.DIRECT,
                LAW_DAY,
                datetime.date(year, 11, 9),
                place=outside,
                participants=150 + seed * 10,
                presenters=4,
            )
        )
    return records


def _years(unit):
    """(year, last month, law day) of the activities a unit recorded: a district until
    it was abolished in mid-2025; the others through 2025, and through October 2026
    with the law day after it."""
    if unit.kind == unit.Kind.DISTRICT_HISTORICAL:
        return [(2025, 6, False)]
    return [(2025, 12, True), (2026, 10, True)]


def load_activities(units, recorders):
    """Create the missing records of ``units`` ({key: unit}), entered by ``recorders``
    ({key: user})."""
    field_ids = dict(LegalField.objects.values_list("name", "pk"))
    existing = set(ActivityRecord.objects.values_list("unit_id", "title", "date"))
    new, fields = [], []
    for seed, (key, unit) in enumerate(units.items(), start=1):
        for year, last_month, law_day in _years(unit):
            for record, field in activities_of(key, seed, year, last_month, law_day):
                if (unit.pk, record.title, record.date) in existing:
                    continue
                record.unit, record.created_by = unit, recorders.get(key)
                new.append(record)
                fields.append(field)
    created = ActivityRecord.objects.bulk_create(new)
    through = ActivityRecord.legal_fields.through
    through.objects.bulk_create(
        through(activityrecord_id=record.pk, legalfield_id=field_ids[field])
        for record, field in zip(created, fields, strict=True)
    )
