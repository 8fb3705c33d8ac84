"""A published page of every content type, each with its distinctive content: what tests
of any app and the browser tests build on."""

import datetime

from wagtail.rich_text import RichText

from publications.models import (
    EBookPage,
    InfographicPage,
    LeafletPage,
    LecturePage,
    LegalNewsPage,
    VideoPage,
)

from .pages import add_published

VIDEO_URL = "https://www.youtube.com/watch?v=abc123XYZ"


def one_of_each_type(section, image, document, field):
    """A published page of every content type, each with its distinctive content."""
    pages = {
        "news": add_published(
            section,
            LegalNewsPage(
                title="Luật Đất đai 2024 có hiệu lực",
                summary="Tóm tắt nội dung để hiển thị trong danh sách.",
                cover_image=image,
                body=[
                    ("heading", {"text": "Những điểm mới", "level": "h2"}),
                    ("paragraph", RichText("<p>Người dân được cấp sổ đỏ nhanh hơn.</p>")),
                    ("quote", {"text": "Đất đai là tài nguyên đặc biệt.", "attribution": "Điều 3"}),
                    ("image", {"image": image, "caption": "Hội nghị triển khai", "credit": ""}),
                    ("document", {"document": document, "title": "Toàn văn Luật Đất đai"}),
                    ("embed", VIDEO_URL),
                    (
                        "table",
                        {
                            "data": [["Hành vi", "Mức phạt"], ["Lấn chiếm đất", "5 triệu đồng"]],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                        },
                    ),
                ],
            ),
        ),
        "infographic": add_published(
            section,
            InfographicPage(
                title="Infographic phòng chống ma túy",
                summary="Năm điều cần biết.",
                images=[
                    ("image", {"image": image, "alt_text": "Năm tác hại của ma túy", "caption": ""})
                ],
                transcript="<p>Ma túy hủy hoại sức khỏe người nghiện.</p>",
            ),
        ),
        "video": add_published(
            section,
            VideoPage(
                title="Video an toàn giao thông",
                summary="Đội mũ bảo hiểm đúng cách.",
                video_url=VIDEO_URL,
                duration=datetime.timedelta(minutes=3, seconds=5),
                transcript="<p>Cài quai mũ bảo hiểm chắc chắn.</p>",
            ),
        ),
        "leaflet": add_published(
            section,
            LeafletPage(
                title="Tờ gấp phòng chống bạo lực gia đình",
                summary="Nhận biết và tố giác bạo lực gia đình.",
                pdf=document,
                panels=[
                    (
                        "panel",
                        {
                            "image": image,
                            "alt_text": "Mặt bìa tờ gấp",
                            "text": RichText("<p>Mặt một: dấu hiệu nhận biết.</p>"),
                        },
                    ),
                    (
                        "panel",
                        {
                            "image": image,
                            "alt_text": "Mặt trong tờ gấp",
                            "text": RichText("<p>Mặt hai: gọi 111.</p>"),
                        },
                    ),
                ],
            ),
        ),
        "ebook": add_published(
            section,
            EBookPage(
                title="Sách hỏi đáp Luật Hôn nhân và gia đình",
                summary="Hỏi đáp về kết hôn, ly hôn.",
                pdf_file=document,
                chapters=[
                    (
                        "chapter",
                        {
                            "title": "Chương I. Kết hôn",
                            "body": RichText("<p>Nam từ đủ 20 tuổi.</p>"),
                        },
                    ),
                    (
                        "chapter",
                        {
                            "title": "Chương II. Ly hôn",
                            "body": RichText("<p>Thuận tình ly hôn.</p>"),
                        },
                    ),
                ],
            ),
        ),
        "lecture": add_published(
            section,
            LecturePage(
                title="Bài giảng Bộ luật Lao động 2019",
                summary="Hợp đồng lao động và tiền lương.",
                sections=[
                    (
                        "section",
                        {
                            "title": "Phần 1. Hợp đồng lao động",
                            "slides": [image],
                            "slides_pdf": document,
                            "video": None,
                            "notes": RichText("<p>Hợp đồng phải lập thành văn bản.</p>"),
                        },
                    )
                ],
            ),
        ),
    }
    for page in pages.values():
        page.legal_fields.add(field)
        page.save_revision().publish()
    return pages
