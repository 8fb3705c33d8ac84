"""The abstract page every page type builds on, assembled from field mixins."""

from django import forms
from django.db import models

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.rich_text import is_blank
from core.slugs import vietnamese_slugify
from core.vietnamese import fold
from home.api.fields import LegalFieldSerializer, TagNamesField, UnitSerializer
from home.headless_preview import HeadlessPreviewModes
from home.page_forms import UnitPageForm
from home.unit_permissions import UnitPagePermissionTester

from .taxonomy import PageTag


def image_field(verbose_name, help_text):
    """A nullable image reference; deleting the image leaves the page intact."""
    return models.ForeignKey(
        "home.CustomImage",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def document_field(verbose_name, help_text, blank=True):
    """A nullable document reference (PDF, EPUB, video or subtitle file)."""
    return models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=verbose_name,
        null=True,
        blank=blank,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


class SocialFields(models.Model):
    """What social networks show when the page is shared."""

    social_image = image_field(
        "ảnh chia sẻ mạng xã hội",
        "Ảnh ngang, tối thiểu 1200×630 px. Để trống để dùng ảnh đại diện.",
    )
    social_text = models.CharField(
        "mô tả khi chia sẻ",
        max_length=255,
        blank=True,
        help_text="Để trống để dùng phần tóm tắt.",
    )

    social_panels = [
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")],
            heading="Chia sẻ mạng xã hội",
        )
    ]

    class Meta:
        abstract = True


class ClassificationFields(models.Model):
    """Who made the content and what area of law it covers."""

    unit = models.ForeignKey(
        "home.Unit",
        verbose_name="đơn vị",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Đơn vị thực hiện nội dung. Để trống để lấy đơn vị của chuyên mục.",
    )
    legal_fields = ParentalManyToManyField(
        "home.LegalField", verbose_name="lĩnh vực pháp luật", blank=True, related_name="+"
    )
    tags = ClusterTaggableManager("thẻ", through=PageTag, blank=True)

    classification_panels = [
        MultiFieldPanel(
            [
                FieldPanel("unit"),
                # Ticked boxes, not a multiple select that needs Ctrl-click.
                FieldPanel("legal_fields", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading="Phân loại",
        )
    ]

    class Meta:
        abstract = True


class BasePage(HeadlessPreviewModes, SocialFields, ClassificationFields, Page):
    """Fields, panels, search and API shape shared by every page type."""

    summary = models.TextField(
        "tóm tắt",
        max_length=600,
        blank=True,
        help_text="Một đến ba câu; hiển thị trong danh sách, kết quả tìm kiếm và bản tin.",
    )
    cover_image = image_field(
        "ảnh đại diện", "Ảnh hiển thị đầu trang và trong danh sách; nên dùng ảnh ngang."
    )

    base_form_class = UnitPageForm

    # Classification sits on the first tab, where editors write: on the promote tab it
    # was left blank.
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        *ClassificationFields.classification_panels,
    ]
    promote_panels = [
        *Page.promote_panels,
        *SocialFields.social_panels,
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("unit"),
        index.RelatedFields("unit", [index.SearchField("name")]),
        index.RelatedFields("legal_fields", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.SearchField("folded_text"),
    ]

    api_fields = [
        APIField("summary"),
        APIField("cover_image"),
        APIField("unit", serializer=UnitSerializer()),
        APIField("legal_fields", serializer=LegalFieldSerializer(many=True)),
        APIField("tags", serializer=TagNamesField()),
        APIField("social_image"),
        APIField("social_text"),
    ]

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        # A unit's editors add content everywhere and edit their unit's pages.
        return UnitPagePermissionTester(user, self)

    def full_clean(self, *args, **kwargs):
        self._apply_house_rules()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        # Wagtail validates drafts with minimal_clean() instead of full_clean().
        self._apply_house_rules()
        super().minimal_clean()

    def _apply_house_rules(self):
        self._fold_slug()
        self._inherit_unit()
        self._empty_blank_rich_text()

    def _empty_blank_rich_text(self):
        """Store rich text that shows nothing as empty, so that a required text left
        empty is refused when the page is submitted, not when the board approves it."""
        for field in self._meta.get_fields():
            if isinstance(field, RichTextField) and is_blank(getattr(self, field.attname)):
                setattr(self, field.attname, "")

    def _fold_slug(self):
        """Store ASCII slugs: "Luật Đất đai 2024" -> ``luat-dat-dai-2024``.

        Folds slugs typed in the admin (its JavaScript keeps Vietnamese letters) and
        generates the slug from the title for pages created in code.
        """
        if self.slug:
            self.slug = vietnamese_slugify(self.slug)
        elif self.title and (self.path or getattr(self, "_cached_parent_obj", None)):
            self.slug = self._get_autogenerated_slug(vietnamese_slugify(self.title))

    def _inherit_unit(self):
        """A page made in a unit's section belongs to that unit unless told otherwise."""
        if self.unit_id or not self.path:
            return
        from .pages import SectionPage

        owner = (
            SectionPage.objects.ancestor_of(self)
            .filter(unit__isnull=False)
            .order_by("-depth")
            .values_list("unit_id", flat=True)
            .first()
        )
        if owner:
            self.unit_id = owner

    def searchable_text(self):
        """The page's own words: title, summary, description and every rich text and
        StreamField block's text."""
        parts = [self.title, self.summary, self.search_description]
        for field in self._meta.get_fields():
            if isinstance(field, StreamField | RichTextField):
                parts.extend(field.get_searchable_content(getattr(self, field.name)))
        return " ".join(part for part in parts if part)

    def folded_text(self):
        """The page's words without diacritics, indexed beside the original text so
        that searches typed without them (folded the same way) still match."""
        return fold(self.searchable_text())

    @property
    def share_image(self):
        return self.social_image or self.cover_image

    @property
    def share_text(self):
        return self.social_text or self.summary or self.search_description
