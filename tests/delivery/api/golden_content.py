"""Published content of every page type with every API field filled, built the same way
on every run and database: fixed ids (far above what the sequences reach in a test),
fixed block ids, file names and publication dates. ``test_output_unchanged`` compares
the API's answers about it with answers recorded earlier.
"""

import datetime
import io

from PIL import Image as PILImage

from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.models import Collection, PageViewRestriction

from bookshelf.models import BookshelfPage
from home.models import CustomImage, SectionPage, Unit
from publications.models import (
    EBookPage,
    InfographicPage,
    LeafletPage,
    LecturePage,
    LegalNewsPage,
    VideoPage,
)
from quizzes.models import ContestPage, QuizPage
from tests.factories import (
    DocumentFactory,
    LegalFieldFactory,
    UnitFactory,
    home_page,
    question_bank,
)

VIDEO_URL = "https://www.youtube.com/watch?v=abc123XYZ"
OTHER_VIDEO_URL = "https://youtu.be/golden00001"

UNIT, OTHER_UNIT = 900001, 900002
LAND, TRAFFIC = 900011, 900012
COVER, SOCIAL, PICTURE = 900101, 900102, 900103
LAW_PDF, BOOK_EPUB, VIDEO_FILE, SUBTITLES = 900201, 900202, 900203, 900204

# Made by the migrations, the same on every database.
HOME = 3
SECTION = 900301
LINKED_NEWS, NEWS, DRAFT_NEWS, PRIVATE_NEWS = 900310, 900311, 900312, 900313
INFOGRAPHIC = 900320
LINKED_VIDEO, FILE_VIDEO = 900330, 900331
LEAFLET = 900340
EBOOK = 900350
LECTURE = 900360
BOOKSHELF = 900370
CONTEST, QUIZ = 900380, 900381


def published_at(day):
    return timezone.make_aware(datetime.datetime(2026, 3, day, 8, 30))


def image(pk, name, size, colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    return CustomImage.objects.create(
        pk=pk,
        title=f"Ảnh {name}",
        alt_text=f"Mô tả ảnh {name}",
        file=ImageFile(buffer, name=f"{name}.png"),
        collection=Collection.get_first_root_node(),
    )


def document(pk, title, filename, data):
    return DocumentFactory(pk=pk, title=title, file__filename=filename, file__data=data)


def rich_text(*paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


LINKS = rich_text(
    f'Xem <a linktype="page" id="{LINKED_NEWS}">văn bản được dẫn chiếu</a>, '
    f'<a linktype="document" id="{LAW_PDF}">toàn văn</a> và '
    '<a href="https://thuvienphapluat.vn/">trang ngoài</a>.',
    f'<a linktype="page" id="{DRAFT_NEWS}">tin chưa xuất bản</a>, '
    '<a linktype="document" id="999999">tệp đã xóa</a>.',
    "<b>Đậm</b> và <i>nghiêng</i>: Luật Đất đai 2024 có hiệu lực từ 01/8/2024.",
)


def stream(*blocks):
    """Stored StreamField data with fixed block ids."""
    return [{"type": kind, "value": value, "id": block_id} for block_id, kind, value in blocks]


def add(parent, page, day, legal_fields=(), tags=()):
    page.first_published_at = published_at(day)
    parent.add_child(instance=page)
    page.legal_fields.set(legal_fields)
    page.tags.set(list(tags))
    page.save_revision().publish()
    return page


def build():
    """The pages by name, every one of them published (but the draft and private ones)."""
    unit = UnitFactory(pk=UNIT, name="Sở Tư pháp tỉnh", short_name="STP", kind=Unit.Kind.DEPARTMENT)
    UnitFactory(pk=OTHER_UNIT, name="Phường Bãi Cháy", kind=Unit.Kind.COMMUNE)
    land = LegalFieldFactory(pk=LAND, name="Đất đai")
    traffic = LegalFieldFactory(pk=TRAFFIC, name="Giao thông")
    cover = image(COVER, "bia", (320, 180), (20, 90, 160))
    social = image(SOCIAL, "chia-se", (1600, 900), (160, 90, 20))
    picture = image(PICTURE, "hoi-nghi", (640, 480), (90, 160, 20))
    law_pdf = document(LAW_PDF, "Toàn văn Luật Đất đai", "luat-dat-dai.pdf", b"%PDF-1.4\n%%EOF\n")
    book_epub = document(BOOK_EPUB, "Sách điện tử", "sach.epub", b"PK\x03\x04epub")
    video_file = document(VIDEO_FILE, "Tệp video", "video.mp4", b"\x00\x00\x00\x18ftypmp42")
    subtitles = document(SUBTITLES, "Phụ đề", "phu-de.vtt", b"WEBVTT\n")

    home = home_page()
    assert home.pk == HOME, "the migrations made the home page with another id"
    section = add(
        home,
        SectionPage(
            pk=SECTION,
            title="Tin tức pháp luật",
            summary="Tin tức về pháp luật trong tỉnh.",
            unit=unit,
            cover_image=cover,
        ),
        1,
    )
    pages = {"home": home, "section": section}
    pages["linked_news"] = add(
        section,
        LegalNewsPage(
            pk=LINKED_NEWS,
            title="Văn bản được dẫn chiếu",
            summary="Bài được các bài khác dẫn chiếu.",
            body=stream(("b-linked-1", "paragraph", rich_text("Nội dung ngắn."))),
        ),
        2,
    )
    draft = LegalNewsPage(
        pk=DRAFT_NEWS,
        title="Tin chưa xuất bản",
        summary="Bản nháp.",
        live=False,
        body=stream(("b-draft-1", "paragraph", rich_text("Nháp."))),
    )
    section.add_child(instance=draft)
    pages["news"] = add(
        section,
        LegalNewsPage(
            pk=NEWS,
            title="Luật Đất đai 2024 có hiệu lực",
            summary="Những điểm mới của Luật Đất đai 2024.",
            cover_image=cover,
            social_image=social,
            social_text="Chia sẻ tin về Luật Đất đai",
            seo_title="Luật Đất đai 2024",
            search_description="Điểm mới của Luật Đất đai 2024",
            body=stream(
                ("b-news-1", "heading", {"text": "Những điểm mới", "level": "h2"}),
                ("b-news-2", "paragraph", LINKS),
                ("b-news-3", "heading", {"text": "Chi tiết", "level": "h3"}),
                (
                    "b-news-4",
                    "quote",
                    {"text": "Đất đai là tài nguyên đặc biệt.", "attribution": "Điều 3"},
                ),
                (
                    "b-news-5",
                    "image",
                    {"image": PICTURE, "caption": "Hội nghị triển khai", "credit": "STP"},
                ),
                ("b-news-6", "image", {"image": COVER, "caption": "", "credit": ""}),
                ("b-news-7", "document", {"document": LAW_PDF, "title": "Toàn văn"}),
                ("b-news-8", "document", {"document": BOOK_EPUB, "title": ""}),
                ("b-news-9", "embed", VIDEO_URL),
                (
                    "b-news-10",
                    "table",
                    {
                        "data": [["Hành vi", "Mức phạt"], ["Lấn chiếm đất", "5 triệu đồng"]],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Mức phạt",
                    },
                ),
            ),
        ),
        3,
        legal_fields=[land, traffic],
        tags=["đất đai", "Luật Đất đai 2024"],
    )
    pages["infographic"] = add(
        section,
        InfographicPage(
            pk=INFOGRAPHIC,
            title="Infographic phòng chống ma túy",
            summary="Năm điều cần biết.",
            cover_image=picture,
            images=stream(
                (
                    "b-info-1",
                    "image",
                    {"image": PICTURE, "alt_text": "Năm tác hại", "caption": "Trang 1"},
                ),
                ("b-info-2", "image", {"image": SOCIAL, "alt_text": "Cách phòng", "caption": ""}),
            ),
            transcript=rich_text(
                f'Ma túy hủy hoại sức khỏe. <a linktype="page" id="{NEWS}">Xem thêm</a>.'
            ),
        ),
        4,
        legal_fields=[land],
    )
    pages["linked_video"] = add(
        section,
        VideoPage(
            pk=LINKED_VIDEO,
            title="Video an toàn giao thông",
            summary="Đội mũ bảo hiểm đúng cách.",
            video_url=VIDEO_URL,
            duration=datetime.timedelta(minutes=3, seconds=5),
            transcript=rich_text("Cài quai mũ bảo hiểm chắc chắn."),
        ),
        5,
        legal_fields=[traffic],
        tags=["giao thông"],
    )
    pages["file_video"] = add(
        section,
        VideoPage(
            pk=FILE_VIDEO,
            title="Video tải lên",
            summary="Tệp video của đơn vị.",
            video_file=video_file,
            subtitles=subtitles,
            transcript="",
        ),
        6,
    )
    pages["leaflet"] = add(
        section,
        LeafletPage(
            pk=LEAFLET,
            title="Tờ gấp phòng chống bạo lực gia đình",
            summary="Nhận biết và tố giác bạo lực gia đình.",
            pdf=law_pdf,
            panels=stream(
                (
                    "b-leaf-1",
                    "panel",
                    {"image": PICTURE, "alt_text": "Mặt bìa", "text": rich_text("Mặt một.")},
                ),
                (
                    "b-leaf-2",
                    "panel",
                    {
                        "image": COVER,
                        "alt_text": "Mặt trong",
                        "text": rich_text(
                            f'Gọi 111. <a linktype="document" id="{LAW_PDF}">Tải luật</a>.'
                        ),
                    },
                ),
            ),
        ),
        7,
    )
    pages["ebook"] = add(
        section,
        EBookPage(
            pk=EBOOK,
            title="Sách hỏi đáp Luật Hôn nhân và gia đình",
            summary="Hỏi đáp về kết hôn, ly hôn.",
            pdf_file=law_pdf,
            epub_file=book_epub,
            chapters=stream(
                ("b-book-1", "chapter", {"title": "Chương I", "body": rich_text("Kết hôn.")}),
                ("b-book-2", "chapter", {"title": "Chương II", "body": LINKS}),
            ),
        ),
        8,
    )
    pages["lecture"] = add(
        section,
        LecturePage(
            pk=LECTURE,
            title="Bài giảng Bộ luật Lao động 2019",
            summary="Hợp đồng lao động và tiền lương.",
            sections=stream(
                (
                    "b-lecture-1",
                    "section",
                    {
                        "title": "Phần 1. Hợp đồng lao động",
                        "slides": [
                            {"type": "item", "value": PICTURE, "id": "b-slide-1"},
                            {"type": "item", "value": COVER, "id": "b-slide-2"},
                        ],
                        "slides_pdf": LAW_PDF,
                        "video": OTHER_VIDEO_URL,
                        "notes": rich_text("Hợp đồng phải lập thành văn bản."),
                    },
                ),
                (
                    "b-lecture-2",
                    "section",
                    {
                        "title": "Phần 2. Tiền lương",
                        "slides": [],
                        "slides_pdf": None,
                        "video": VIDEO_URL,
                        "notes": "",
                    },
                ),
            ),
        ),
        9,
    )
    pages["bookshelf"] = add(
        home,
        BookshelfPage(
            pk=BOOKSHELF,
            title="Tủ sách pháp luật",
            summary="Văn bản pháp luật.",
            intro=rich_text(f'Tra cứu văn bản. <a linktype="page" id="{NEWS}">Tin mới</a>.'),
        ),
        10,
    )
    pages["contest"] = add(
        section,
        ContestPage(
            pk=CONTEST,
            title="Cuộc thi tìm hiểu Luật Đất đai",
            summary="Cuộc thi trực tuyến.",
            organiser="Sở Tư pháp tỉnh Quảng Ninh",
            rules=rich_text("Mỗi tuần một vòng thi."),
            prizes_text=rich_text("Giải nhất: 3 triệu đồng."),
            collective_rules="",
            requires_cccd=True,
        ),
        11,
    )
    pages["quiz"] = add(
        pages["contest"],
        QuizPage(
            pk=QUIZ,
            title="Tuần 1",
            summary="Vòng thi tuần 1.",
            intro="Mười câu hỏi về Luật Đất đai.",
            opens_at=published_at(11),
            closes_at=published_at(11) + datetime.timedelta(days=3650),
            questions=question_bank(),
        ),
        12,
    )
    private = add(
        section,
        LegalNewsPage(
            pk=PRIVATE_NEWS,
            title="Tin nội bộ",
            summary="Chỉ cán bộ được xem.",
            body=stream(("b-private-1", "paragraph", rich_text("Nội bộ."))),
        ),
        13,
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"
    )
    pages["private"] = private
    pages["draft"] = draft
    return pages
