"""StreamField blocks shared by the page types.

Each block gives its own shape in the content API (``get_api_representation``); the
chooser, rich text and embed blocks here are Wagtail's with that shape added, and are
the ones every block module uses. They are stored and migrated as Wagtail's blocks
(``DECONSTRUCT_ALIASES``), since their data is the same.
"""

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds import blocks as embed_blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from core.rich_text import is_blank
from home.api.representations import (
    document_representation,
    embed_representation,
    image_representation,
)
from home.api.rich_text import rich_text_representation

RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "superscript",
    "subscript",
    "blockquote",
]


class ImageBlock(ImageChooserBlock):
    """An image; in the API, the image with its alt text and renditions."""

    def get_api_representation(self, value, context=None):
        return image_representation(value, context)


class ImageWithAltStructValue(blocks.StructValue):
    @property
    def alt(self):
        """The alt text typed in the block or, when left blank, the one typed when the
        image was uploaded: editors need not type it twice."""
        image = self.get("image")
        return self.get("alt_text") or (image.default_alt_text if image else "")


class ImageWithAltBlock(blocks.StructBlock):
    """A struct block with an ``image`` and an optional ``alt_text`` of its own; templates
    use ``value.alt``, and the API gives ``alt_text`` already filled in."""

    class Meta:
        value_class = ImageWithAltStructValue

    def get_api_representation(self, value, context=None):
        representation = super().get_api_representation(value, context)
        representation["alt_text"] = value.alt
        return representation


IMAGE_ALT_HELP = (
    "Để trống để dùng văn bản thay thế đã nhập khi tải ảnh lên; chỉ điền khi ảnh cần "
    "mô tả khác trong bài này (cho người khiếm thị và máy tìm kiếm)."
)


class DocumentBlock(DocumentChooserBlock):
    """A document; in the API, its title, file name, size and download URL."""

    def get_api_representation(self, value, context=None):
        return document_representation(value, context)


class RichTextBlock(blocks.RichTextBlock):
    """Rich text; in the API, in the format the client asks for, display HTML with
    absolute links by default. Text that shows nothing is empty (``core.rich_text``)."""

    def clean(self, value):
        if is_blank(value.source if value else ""):
            if self.required:
                raise ValidationError(self.field.error_messages["required"])
            value = RichText("")
        return super().clean(value)

    def get_api_representation(self, value, context=None):
        return rich_text_representation(value.source, context)


class EmbedBlock(embed_blocks.EmbedBlock):
    """A YouTube or Facebook URL; in the API, the provider's embed (HTML, title,
    thumbnail) beside the URL."""

    def get_api_representation(self, value, context=None):
        return embed_representation(value.url if value else None, context)


DECONSTRUCT_ALIASES = {
    ImageBlock: "wagtail.images.blocks.ImageChooserBlock",
    DocumentBlock: "wagtail.documents.blocks.DocumentChooserBlock",
    RichTextBlock: "wagtail.blocks.RichTextBlock",
    EmbedBlock: "wagtail.embeds.blocks.EmbedBlock",
}


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="tiêu đề", max_length=255)
    level = blocks.ChoiceBlock(
        label="cấp",
        choices=[
            ("h2", "Tiêu đề mục (H2)"),
            ("h3", "Tiêu đề phụ (H3)"),
            ("h4", "Tiêu đề nhỏ (H4)"),
        ],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = "Tiêu đề"
        template = "blocks/heading_block.html"
        description = "Tiêu đề chia bài viết thành các phần."
        preview_value = {"text": "Những điểm mới của Luật Đất đai 2024", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label="ảnh")
    caption = blocks.CharBlock(label="chú thích", required=False, max_length=500)
    credit = blocks.CharBlock(label="nguồn ảnh", required=False, max_length=255)

    class Meta:
        icon = "image"
        label = "Ảnh có chú thích"
        template = "blocks/captioned_image_block.html"
        description = "Ảnh trong bài, kèm chú thích và nguồn."


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="trích dẫn")
    attribution = blocks.CharBlock(label="người nói / nguồn", required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = "Trích dẫn"
        template = "blocks/quote_block.html"
        description = "Lời trích dẫn nổi bật, ví dụ trích một điều luật."
        preview_value = {
            "text": "Đất đai thuộc sở hữu toàn dân do Nhà nước đại diện chủ sở hữu "
            "và thống nhất quản lý.",
            "attribution": "Điều 12, Luật Đất đai 2024",
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentBlock(label="tài liệu")
    title = blocks.CharBlock(
        label="tên hiển thị",
        required=False,
        max_length=255,
        help_text="Để trống để dùng tên tài liệu.",
    )

    class Meta:
        icon = "doc-full"
        label = "Tài liệu đính kèm"
        template = "blocks/document_link_block.html"
        description = "Liên kết tải về một tài liệu (PDF, DOCX…)."


class SectionEmbedBlock(EmbedBlock):
    class Meta:
        icon = "media"
        label = "Nhúng video / mạng xã hội"
        template = "blocks/embed_block.html"
        description = "Dán đường dẫn YouTube, Facebook… để nhúng vào bài."


def body_blocks():
    """The blocks of a long-form article body (fresh instances for each StreamField)."""
    return [
        (
            "paragraph",
            RichTextBlock(
                features=RICH_TEXT_FEATURES,
                label="Đoạn văn",
                icon="pilcrow",
                template="blocks/paragraph_block.html",
                description="Văn bản có định dạng.",
            ),
        ),
        ("heading", HeadingBlock()),
        ("image", CaptionedImageBlock()),
        ("quote", QuoteBlock()),
        ("embed", SectionEmbedBlock()),
        ("document", DocumentLinkBlock()),
        (
            "table",
            TableBlock(
                label="Bảng",
                template="blocks/table_block.html",
                description="Bảng số liệu hoặc so sánh.",
            ),
        ),
    ]
