from django.db import models

from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image in the media library. Every image carries alt text for screen readers."""

    alt_text = models.CharField(
        "văn bản thay thế (alt)",
        max_length=255,
        help_text="Mô tả ngắn nội dung ảnh cho người khiếm thị, ví dụ: "
        "“Cán bộ tư pháp tuyên truyền Luật Đất đai tại nhà văn hóa thôn”.",
    )

    admin_form_fields = (*Image.admin_form_fields, "alt_text")

    @property
    def default_alt_text(self):
        return self.alt_text or super().default_alt_text

    class Meta(AbstractImage.Meta):
        verbose_name = "ảnh"
        verbose_name_plural = "ảnh"


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
