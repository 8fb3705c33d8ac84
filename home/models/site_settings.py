from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """Who runs the site: shown in the header, the footer and structured data."""

    organisation = models.CharField(
        "cơ quan chủ quản", max_length=255, default="Sở Tư pháp tỉnh Quảng Ninh"
    )
    address = models.CharField("địa chỉ", max_length=255, blank=True)
    phone = models.CharField("điện thoại", max_length=64, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    licence = models.CharField(
        "giấy phép / thông tin pháp lý",
        max_length=255,
        blank=True,
        help_text="Dòng chữ nhỏ ở chân trang, ví dụ số giấy phép và người chịu trách nhiệm.",
    )
    facebook_url = models.URLField("Facebook", blank=True)
    youtube_url = models.URLField("YouTube", blank=True)
    zalo_url = models.URLField("Zalo", blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("licence"),
            ],
            heading="Thông tin liên hệ",
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("youtube_url"), FieldPanel("zalo_url")],
            heading="Mạng xã hội",
        ),
    ]

    class Meta:
        verbose_name = "thông tin trang"
