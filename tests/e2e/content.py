"""A small site with one page of each content type, for browser tests and for trying the
templates by hand (``manage.py shell -c "from tests.e2e.content import build_site; build_site()"``).

Everything is made in code and offline: images are drawn with Pillow, documents are
tiny generated files, and video pages use an uploaded file rather than an embed.
"""

import io
from dataclasses import dataclass
from datetime import timedelta

from PIL import Image, ImageDraw

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents.models import Document
from wagtail.models import Site
from wagtail.rich_text import RichText

from demo.pages import add_published
from home.models import CustomImage, HomePage, LegalField, SectionPage, SiteIdentity, Unit
from publications.models import (
    EBookPage,
    InfographicPage,
    LeafletPage,
    LecturePage,
    LegalNewsPage,
    VideoPage,
)

LONG_WORD = "52/2015/NĐ-CP-" * 6


@dataclass
class SiteContent:
    home: HomePage
    section: SectionPage
    news: LegalNewsPage
    infographic: InfographicPage
    video: VideoPage
    leaflet: LeafletPage
    ebook: EBookPage
    lecture: LecturePage

    @property
    def content_pages(self):
        return {
            "news": self.news,
            "infographic": self.infographic,
            "video": self.video,
            "leaflet": self.leaflet,
            "ebook": self.ebook,
            "lecture": self.lecture,
        }


def make_image(title, alt_text, size=(800, 450), colour="#0b4a82"):
    buffer = io.BytesIO()
    picture = Image.new("RGB", size, colour)
    ImageDraw.Draw(picture).text((40, 40), title, fill="#ffffff")
    picture.save(buffer, format="PNG")
    slug = title.lower().replace(" ", "-")
    return CustomImage.objects.create(
        title=title, alt_text=alt_text, file=ImageFile(buffer, name=f"{slug}.png")
    )


def make_document(title, filename, content):
    return Document.objects.create(title=title, file=ContentFile(content, name=filename))


def _describe_site():
    """Name the default site (made by the home app's migration) and fill in its footer."""
    site = Site.objects.get(is_default_site=True)
    site.site_name = "PBGDPL Quảng Ninh"
    site.save()
    identity = SiteIdentity.for_site(site)
    identity.address = "Số 1 đường Nguyễn Văn Cừ, phường Hồng Hà, tỉnh Quảng Ninh"
    identity.phone = "0203 3835 000"
    identity.email = "stp@quangninh.gov.vn"
    identity.licence = "Chịu trách nhiệm nội dung: Giám đốc Sở Tư pháp tỉnh Quảng Ninh."
    identity.save()
    return site


def build_site():
    """Add a section with one published page of each content type to the default site."""
    home = _describe_site().root_page.specific
    unit, _ = Unit.objects.get_or_create(
        name="Sở Tư pháp tỉnh Quảng Ninh",
        defaults={"short_name": "STP", "kind": Unit.Kind.DEPARTMENT},
    )
    land, _ = LegalField.objects.get_or_create(name="Đất đai")

    cover = make_image("Ảnh bìa", "Cán bộ tư pháp tuyên truyền Luật Đất đai tại nhà văn hóa")
    pdf = make_document("Tờ gấp Luật Đất đai", "to-gap-luat-dat-dai.pdf", b"%PDF-1.4\n%%EOF\n")

    section = home.add_child(
        instance=SectionPage(
            title="Tin tức pháp luật",
            summary="Tin tức và tài liệu phổ biến pháp luật của các sở, ngành.",
            unit=unit,
        )
    )
    section.save_revision().publish()

    common = {"unit": unit, "cover_image": cover}
    news = add_published(
        section,
        LegalNewsPage(
            title="Những điểm mới của Luật Đất đai 2024",
            summary="Luật Đất đai 2024 có hiệu lực từ ngày 01/8/2024 với nhiều điểm mới.",
            body=[
                ("paragraph", RichText(f"<p>Nghị định {LONG_WORD} quy định chi tiết.</p>")),
                ("heading", {"text": "Quyền của người sử dụng đất", "level": "h2"}),
                (
                    "image",
                    {
                        "image": make_image("Hội nghị", "Hội nghị phổ biến Luật Đất đai"),
                        "caption": "Hội nghị phổ biến pháp luật",
                        "credit": "Sở Tư pháp",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Đất đai thuộc sở hữu toàn dân.",
                        "attribution": "Điều 12, Luật Đất đai 2024",
                    },
                ),
                ("document", {"document": pdf, "title": ""}),
                (
                    "table",
                    {
                        "data": [
                            ["Nội dung", "Luật 2013", "Luật 2024", "Ghi chú", "Hiệu lực"],
                            ["Bảng giá đất", "5 năm", "Hằng năm", "Điều 159", "01/8/2024"],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": True,
                        "table_caption": "So sánh Luật Đất đai 2013 và 2024",
                    },
                ),
            ],
            **common,
        ),
        legal_fields=[land],
    )
    infographic = add_published(
        section,
        InfographicPage(
            title="Infographic: 5 điểm mới về cấp sổ đỏ",
            summary="Năm điểm mới về cấp giấy chứng nhận quyền sử dụng đất.",
            images=[
                (
                    "image",
                    {
                        "image": make_image("Infographic", "Ảnh thay thế", (600, 1400), "#a61b1b"),
                        "alt_text": "Năm điểm mới về cấp giấy chứng nhận quyền sử dụng đất",
                        "caption": "Nguồn: Sở Tư pháp",
                    },
                )
            ],
            transcript="<p>1. Người dân được cấp sổ đỏ khi không có giấy tờ.</p>",
            **common,
        ),
    )
    video = add_published(
        section,
        VideoPage(
            title="Video: Hướng dẫn làm thủ tục đăng ký đất đai",
            summary="Hướng dẫn từng bước đăng ký đất đai lần đầu.",
            video_file=make_document("Video hướng dẫn", "huong-dan.webm", b"\x1a\x45\xdf\xa3"),
            subtitles=make_document(
                "Phụ đề", "huong-dan.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nXin chao\n"
            ),
            duration=timedelta(minutes=4, seconds=35),
            transcript="<p>Xin chào các bạn.</p>",
            **common,
        ),
    )
    leaflet = add_published(
        section,
        LeafletPage(
            title="Tờ gấp: Phòng, chống bạo lực gia đình",
            summary="Tờ gấp tuyên truyền Luật Phòng, chống bạo lực gia đình.",
            pdf=pdf,
            panels=[
                (
                    "panel",
                    {
                        "image": make_image(f"Mặt {number}", f"Ảnh mặt {number}", (500, 700)),
                        "alt_text": f"Mặt {number} của tờ gấp phòng, chống bạo lực gia đình",
                        "text": RichText(f"<p>Nội dung mặt {number} của tờ gấp.</p>"),
                    },
                )
                for number in (1, 2, 3)
            ],
            **common,
        ),
    )
    ebook = add_published(
        section,
        EBookPage(
            title="Sách: Hỏi đáp Luật Hòa giải ở cơ sở",
            summary="Sách hỏi đáp dành cho hòa giải viên ở cơ sở.",
            chapters=[
                (
                    "chapter",
                    {"title": "Chương I. Quy định chung", "body": RichText("<p>Điều 1.</p>")},
                ),
                (
                    "chapter",
                    {"title": "Chương II. Hòa giải viên", "body": RichText("<p>Điều 7.</p>")},
                ),
            ],
            pdf_file=make_document("Sách PDF", "hoi-dap.pdf", b"%PDF-1.4\n%%EOF\n"),
            epub_file=make_document("Sách EPUB", "hoi-dap.epub", b"PK\x03\x04"),
            **common,
        ),
    )
    lecture = add_published(
        section,
        LecturePage(
            title="Bài giảng: Kỹ năng hòa giải ở cơ sở",
            summary="Bài giảng điện tử cho hòa giải viên.",
            sections=[
                (
                    "section",
                    {
                        "title": "Khái niệm hòa giải",
                        "slides": [
                            make_image("Trang chiếu 1", "Định nghĩa hòa giải ở cơ sở"),
                            make_image("Trang chiếu 2", "Nguyên tắc hòa giải"),
                        ],
                        "slides_pdf": pdf,
                        "video": None,
                        "notes": RichText("<p>Nhấn mạnh tính tự nguyện.</p>"),
                    },
                )
            ],
            **common,
        ),
    )
    return SiteContent(home, section, news, infographic, video, leaflet, ebook, lecture)
