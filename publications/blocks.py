"""Blocks of the multimedia content types: infographic images, leaflet panels,
e-book chapters, e-lecture sections and video chapters."""

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import (
    IMAGE_ALT_HELP,
    RICH_TEXT_FEATURES,
    DocumentBlock,
    EmbedBlock,
    ImageBlock,
    ImageWithAltBlock,
    RichTextBlock,
)

from .video_tracks import parse_timecode, validate_timecode


class InfographicImageBlock(ImageWithAltBlock):
    image = ImageBlock(label="ảnh")
    alt_text = blocks.CharBlock(
        label="văn bản thay thế (alt)", max_length=500, required=False, help_text=IMAGE_ALT_HELP
    )
    caption = blocks.CharBlock(label="chú thích", required=False, max_length=500)

    class Meta:
        icon = "image"
        label = "Ảnh infographic"
        description = "Một trang của infographic, kèm mô tả cho người khiếm thị."


class LeafletPanelBlock(ImageWithAltBlock):
    image = ImageBlock(label="ảnh mặt tờ gấp")
    alt_text = blocks.CharBlock(
        label="văn bản thay thế (alt)", max_length=500, required=False, help_text=IMAGE_ALT_HELP
    )
    text = RichTextBlock(
        label="nội dung chữ của mặt này",
        features=RICH_TEXT_FEATURES,
        help_text="Chép lại chữ trên mặt tờ gấp để đọc được trên điện thoại và tìm kiếm được.",
    )

    class Meta:
        icon = "doc-full-inverse"
        label = "Mặt tờ gấp"
        description = "Một mặt (trang) của tờ gấp điện tử."


class ChapterBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="tên chương", max_length=255)
    body = RichTextBlock(label="nội dung", features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = "Chương"
        description = "Một chương của sách; các chương tạo thành mục lục."
        preview_value = {"title": "Chương I. Những quy định chung", "body": "<p>…</p>"}


class LectureSectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="tên phần", max_length=255)
    # No slide to start with: an empty one is refused as missing its image, and a section
    # may have a PDF or a video instead.
    slides = blocks.ListBlock(
        ImageBlock(label="trang chiếu"),
        label="trang chiếu (ảnh)",
        min_num=0,
        required=False,
        default=[],
    )
    slides_pdf = DocumentBlock(label="trang chiếu (PDF)", required=False)
    video = EmbedBlock(label="video", required=False, help_text="Đường dẫn YouTube hoặc Facebook.")
    notes = RichTextBlock(
        label="ghi chú của giảng viên", features=RICH_TEXT_FEATURES, required=False
    )

    class Meta:
        icon = "media"
        label = "Phần bài giảng"
        description = "Một phần của bài giảng: trang chiếu, video và ghi chú."

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("slides") or value.get("slides_pdf") or value.get("video")):
            raise StructBlockValidationError(
                non_block_errors=[
                    ValidationError(
                        "Mỗi phần cần ít nhất trang chiếu (ảnh hoặc PDF) hoặc một video."
                    )
                ]
            )
        return value


class VideoChapterBlock(blocks.StructBlock):
    start = blocks.CharBlock(
        label="bắt đầu",
        max_length=10,
        validators=[validate_timecode],
        help_text="Thời điểm bắt đầu chương, dạng phút:giây hoặc giờ:phút:giây (4:35, 1:02:07).",
    )
    title = blocks.CharBlock(label="tên chương", max_length=120)

    class Meta:
        icon = "time"
        label = "Chương video"
        description = "Một đoạn của video: người xem bấm vào tên chương để tua đến đó."
        preview_value = {"start": "0:00", "title": "Giới thiệu"}

    def get_api_representation(self, value, context=None):
        return {
            "start": value["start"],
            "start_seconds": int(parse_timecode(value["start"]).total_seconds()),
            "title": value["title"],
        }
