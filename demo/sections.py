"""The sections (chuyên mục) below the home page. Every unit's editors write in a section
no unit owns; a section a unit owns (a commune's, below "Pháp luật ở cơ sở") is that
unit's alone."""

from datetime import datetime
from zoneinfo import ZoneInfo

from wagtail.models import Collection

from home.models import HomePage, SectionPage

from . import artwork, library
from .pages import child_by_slug, publish

# Sections predate all demo content, including that of the abolished districts.
OPENED_ON = datetime(2025, 1, 6, 8, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))

HOME_SUMMARY = (
    "Cổng thông tin phổ biến, giáo dục pháp luật của tỉnh Quảng Ninh: tin tức, infographic, "
    "video, tờ gấp, sách và bài giảng pháp luật điện tử do các sở, ngành, địa phương thực hiện."
)

# (slug, title, owning unit key or None, summary, subsections)
SECTIONS = [
    (
        "tin-tuc-phap-luat",
        "Tin tức pháp luật",
        None,
        "Tin về văn bản pháp luật mới, hoạt động phổ biến, giáo dục pháp luật trong tỉnh.",
        [],
    ),
    (
        "infographic-phap-luat",
        "Infographic pháp luật",
        None,
        "Những quy định pháp luật thiết thực, trình bày ngắn gọn bằng hình ảnh.",
        [],
    ),
    (
        "video-phap-luat",
        "Video pháp luật",
        None,
        "Phóng sự, tiểu phẩm và video hỏi đáp pháp luật.",
        [],
    ),
    (
        "to-gap-phap-luat",
        "Tờ gấp pháp luật",
        None,
        "Tờ gấp điện tử để đọc trên điện thoại hoặc in phát tại khu dân cư.",
        [],
    ),
    (
        "sach-phap-luat-dien-tu",
        "Sách pháp luật điện tử",
        None,
        "Sách hỏi đáp, sổ tay và tài liệu nghiệp vụ thuộc Tủ sách pháp luật điện tử của tỉnh.",
        [],
    ),
    (
        "bai-giang-dien-tu",
        "Bài giảng điện tử",
        None,
        "Bài giảng có trang chiếu, video và ghi chú dành cho báo cáo viên, tuyên truyền viên.",
        [],
    ),
    (
        "phap-luat-o-co-so",
        "Pháp luật ở cơ sở",
        None,
        "Hoạt động phổ biến, giáo dục pháp luật của các xã, phường, đặc khu.",
        [
            (
                "phuong-ha-long",
                "Phường Hạ Long",
                "HALONG",
                "Tin phổ biến, giáo dục pháp luật của Phường Hạ Long.",
                [],
            ),
            (
                "xa-quang-ha",
                "Xã Quảng Hà",
                "QUANGHA",
                "Tin phổ biến, giáo dục pháp luật của Xã Quảng Hà.",
                [],
            ),
            (
                "dac-khu-van-don",
                "Đặc khu Vân Đồn",
                "VANDON",
                "Tin phổ biến, giáo dục pháp luật của Đặc khu Vân Đồn.",
                [],
            ),
        ],
    ),
]


def home_page():
    return HomePage.objects.get(locale__language_code="vi")


def describe_home(home, board):
    """Give the home page the summary shown when it is shared or listed."""
    if home.summary:
        return
    home.summary = HOME_SUMMARY
    home.save_revision(user=board).publish(user=board)


def _section_cover(title, unit):
    collection = unit.collection if unit else Collection.get_first_root_node()
    owner = unit.name if unit else "Ban Biên tập"
    return library.image(
        f"Ảnh chuyên mục – {title}",
        f"Thẻ màu xanh đậm ghi tên chuyên mục “{title}” và “{owner}”",
        collection,
        lambda: artwork.cover(title, owner),
    )


def _load(parent, specs, units, board, prefix=""):
    sections = {}
    for slug, title, unit_key, summary, children in specs:
        section = child_by_slug(parent, slug)
        if section is None:
            unit = units[unit_key] if unit_key else None
            section = publish(
                parent,
                SectionPage(
                    title=title,
                    slug=slug,
                    summary=summary,
                    unit=unit,
                    cover_image=_section_cover(title, unit),
                ),
                author=board,
                publisher=board,
                published_at=OPENED_ON,
            )
        sections[f"{prefix}{slug}"] = section
        sections.update(_load(section, children, units, board, prefix=f"{prefix}{slug}/"))
    return sections


def load_sections(home, units, board):
    """Create the missing sections; return every section by its slug path."""
    return _load(home, SECTIONS, units, board)
