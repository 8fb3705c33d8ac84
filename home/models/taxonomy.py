"""Shared taxonomy: the units that make content, the legal fields it covers, free tags."""

from django.contrib.auth.models import Group
from django.db import models

from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Collection
from wagtail.search import index

from core.slugs import unique_slug


class Unit(index.Indexed, models.Model):
    """A unit (đơn vị) that owns content: a department, an organisation or a local government.

    Units are data: administrators add, rename, reorder and retire them. Since
    1 July 2025 districts no longer exist, but content made before then refers to them.
    """

    class Kind(models.TextChoices):
        DEPARTMENT = "department", "Sở, ban, ngành"
        ORGANISATION = "organisation", "Mặt trận Tổ quốc, tổ chức chính trị - xã hội"
        COMMUNE = "commune", "Cấp xã (xã, phường, đặc khu)"
        DISTRICT_HISTORICAL = "district_historical", "Cấp huyện (trước 01/7/2025)"

    name = models.CharField("tên đơn vị", max_length=255, unique=True)
    short_name = models.CharField(
        "tên viết tắt", max_length=64, blank=True, help_text="Ví dụ: STP cho Sở Tư pháp."
    )
    slug = models.SlugField(
        "đường dẫn",
        max_length=255,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tên đơn vị.",
    )
    kind = models.CharField("loại đơn vị", max_length=32, choices=Kind.choices)
    is_active = models.BooleanField(
        "đang hoạt động",
        default=True,
        help_text="Bỏ chọn khi đơn vị giải thể hoặc sáp nhập; nội dung cũ vẫn giữ đơn vị này.",
    )
    sort_order = models.IntegerField("thứ tự", default=0)
    editors_group = models.OneToOneField(
        Group,
        verbose_name="nhóm biên tập viên",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="unit",
    )
    collection = models.OneToOneField(
        Collection,
        verbose_name="thư mục ảnh và tài liệu",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="unit",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("is_active"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("is_active"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "đơn vị"
        verbose_name_plural = "đơn vị"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)


class LegalField(index.Indexed, models.Model):
    """A legal field (lĩnh vực pháp luật) such as land, marriage and family, or traffic."""

    name = models.CharField("tên lĩnh vực", max_length=255, unique=True)
    slug = models.SlugField(
        "đường dẫn",
        max_length=255,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tên lĩnh vực.",
    )
    description = models.TextField("mô tả", blank=True)
    sort_order = models.IntegerField("thứ tự", default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "lĩnh vực pháp luật"
        verbose_name_plural = "lĩnh vực pháp luật"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)


class PageTag(TaggedItemBase):
    """Free tags on any page; one table for every page type so tag listings span types."""

    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = "thẻ của trang"
        verbose_name_plural = "thẻ của trang"
