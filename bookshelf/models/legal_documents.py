"""Legal documents (văn bản quy phạm pháp luật) on the bookshelf, with the metadata of the
national legal database: number, type, issuing body, dates, effect status, fields, full
text, attachments and relations to other documents.

Documents are snippets, not pages: a province imports tens of thousands of them, which
needs bulk writes, and they have no place in the page tree. The bookshelf page
(``BookshelfPage``) serves them at readable URLs.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
)

from core.document_numbers import NO_NUMBER, number_key
from core.slugs import unique_slug, vietnamese_slugify
from core.vietnamese import fold

from .legal_text import LEGAL_TEXT_FEATURES, sanitise_legal_html, table_of_contents


class NamedListItem(models.Model):
    """An entry of a list administrators edit: document types, issuing bodies."""

    name = models.CharField("tên", max_length=255, unique=True)
    slug = models.SlugField(
        "đường dẫn",
        max_length=255,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tên.",
    )
    sort_order = models.IntegerField("thứ tự", default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)


class DocumentType(NamedListItem):
    """Loại văn bản: Hiến pháp, Bộ luật, Luật, Nghị định, Thông tư, ..."""

    class Meta(NamedListItem.Meta):
        # The table keeps the name it had before the model moved to this app.
        db_table = "publications_documenttype"
        verbose_name = "loại văn bản"
        verbose_name_plural = "loại văn bản"


class IssuingBody(NamedListItem):
    """Cơ quan ban hành: Quốc hội, Chính phủ, a ministry, the provincial People's Committee..."""

    class Meta(NamedListItem.Meta):
        # The table keeps the name it had before the model moved to this app.
        db_table = "publications_issuingbody"
        verbose_name = "cơ quan ban hành"
        verbose_name_plural = "cơ quan ban hành"


class EffectStatus(models.TextChoices):
    """Tình trạng hiệu lực: a document has exactly one of these seven."""

    IN_FORCE = "con_hieu_luc", "Còn hiệu lực"
    EXPIRED = "het_hieu_luc_toan_bo", "Hết hiệu lực toàn bộ"
    PARTLY_EXPIRED = "het_hieu_luc_mot_phan", "Hết hiệu lực một phần"
    NOT_YET_IN_FORCE = "chua_co_hieu_luc", "Chưa có hiệu lực"
    SUSPENDED = "ngung_hieu_luc", "Ngưng hiệu lực"
    PARTLY_SUSPENDED = "ngung_hieu_luc_mot_phan", "Ngưng hiệu lực một phần"
    NO_LONGER_APPLICABLE = "khong_con_phu_hop", "Không còn phù hợp"

    @classmethod
    def parse(cls, value):
        """The status for a code or a label typed with or without diacritics, or None."""
        wanted = fold(str(value or "")).strip().replace("_", " ")
        for status in cls:
            if wanted in (status.value.replace("_", " "), fold(status.label)):
                return status
        return None


class RelationType(models.TextChoices):
    """How one document acts on another; each is read in both directions."""

    AMENDS = "amends", "Sửa đổi, bổ sung"
    REPLACES = "replaces", "Thay thế"
    REPEALS = "repeals", "Bãi bỏ"
    GUIDES = "guides", "Hướng dẫn, quy định chi tiết"
    CONSOLIDATES = "consolidates", "Hợp nhất"


# What a relation reads like from the document it acts on.
INCOMING_LABELS = {
    RelationType.AMENDS: "Được sửa đổi, bổ sung bởi",
    RelationType.REPLACES: "Bị thay thế bởi",
    RelationType.REPEALS: "Bị bãi bỏ bởi",
    RelationType.GUIDES: "Được hướng dẫn, quy định chi tiết bởi",
    RelationType.CONSOLIDATES: "Được hợp nhất bởi",
}
OUTGOING_LABELS = {
    RelationType.AMENDS: "Sửa đổi, bổ sung",
    RelationType.REPLACES: "Thay thế",
    RelationType.REPEALS: "Bãi bỏ",
    RelationType.GUIDES: "Hướng dẫn, quy định chi tiết",
    RelationType.CONSOLIDATES: "Hợp nhất",
}


class LegalDocument(
    DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, ClusterableModel
):
    """A legal document on the bookshelf."""

    external_id = models.CharField(
        "mã nguồn",
        max_length=100,
        unique=True,
        null=True,
        blank=True,
        help_text="Mã của văn bản trong hệ thống nguồn; tệp nhập dùng mã này để cập nhật.",
    )
    number = models.CharField(
        "số ký hiệu",
        max_length=100,
        help_text=f'Ví dụ: 31/2024/QH15, 52/2015/NĐ-CP. Văn bản không có số ghi "{NO_NUMBER}".',
    )
    # The number folded to its tokens ("52-2015-nd-cp"), for uniqueness and lookups; empty
    # for documents without a number.
    number_key = models.CharField(max_length=100, editable=False, db_index=True)
    title = models.CharField("trích yếu", max_length=1000)
    slug = models.SlugField(
        "đường dẫn",
        max_length=255,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ số ký hiệu và trích yếu.",
    )
    doc_type = models.ForeignKey(
        DocumentType, verbose_name="loại văn bản", on_delete=models.PROTECT, related_name="+"
    )
    issuer = models.ForeignKey(
        IssuingBody, verbose_name="cơ quan ban hành", on_delete=models.PROTECT, related_name="+"
    )
    signer = models.CharField("người ký", max_length=255, blank=True)
    signer_title = models.CharField("chức danh người ký", max_length=255, blank=True)
    issued_date = models.DateField("ngày ban hành", null=True, blank=True, db_index=True)
    effective_date = models.DateField("ngày có hiệu lực", null=True, blank=True)
    expiry_date = models.DateField("ngày hết hiệu lực", null=True, blank=True)
    gazette_date = models.DateField("ngày đăng công báo", null=True, blank=True)
    status = models.CharField(
        "tình trạng hiệu lực",
        max_length=32,
        choices=EffectStatus.choices,
        default=EffectStatus.IN_FORCE,
    )
    scope = models.CharField(
        "phạm vi", max_length=255, default="Toàn quốc", help_text="Toàn quốc, hoặc tên tỉnh."
    )
    legal_fields = ParentalManyToManyField(
        "home.LegalField", verbose_name="lĩnh vực", blank=True, related_name="legal_documents"
    )
    summary = models.TextField("tóm tắt", blank=True)
    body = RichTextField("toàn văn", features=LEGAL_TEXT_FEATURES, blank=True)
    source = models.CharField("nguồn thu thập", max_length=255, blank=True)
    source_url = models.URLField("liên kết nguồn", max_length=1000, blank=True)
    # The folded number and title, for the admin's search box (which searches drafts too).
    search_key = models.TextField(editable=False, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("doc_type")]),
                FieldPanel("title"),
                FieldRowPanel([FieldPanel("issuer"), FieldPanel("scope")]),
                FieldRowPanel([FieldPanel("signer"), FieldPanel("signer_title")]),
            ],
            heading="Thông tin văn bản",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("issued_date"), FieldPanel("effective_date")]),
                FieldRowPanel([FieldPanel("expiry_date"), FieldPanel("gazette_date")]),
                FieldPanel("status"),
            ],
            heading="Ngày tháng và hiệu lực",
        ),
        FieldPanel("legal_fields"),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("attachments", heading="Tệp đính kèm", label="tệp"),
        InlinePanel("relations", heading="Quan hệ với văn bản khác", label="quan hệ"),
        MultiFieldPanel(
            [
                FieldPanel("source"),
                FieldPanel("source_url"),
                FieldPanel("external_id"),
                FieldPanel("slug"),
            ],
            heading="Nguồn",
        ),
    ]

    class Meta:
        # The table keeps the name it had before the model moved to this app.
        db_table = "publications_legaldocument"
        ordering = ["-issued_date", "-id"]
        verbose_name = "văn bản pháp luật"
        verbose_name_plural = "văn bản pháp luật"
        constraints = [
            # One document per number and issuer; any number of "Không số" documents.
            models.UniqueConstraint(
                fields=["number_key", "issuer"],
                condition=~Q(number_key=""),
                name="legal_document_unique_number_issuer",
            )
        ]

    def __str__(self):
        return self.title if self.has_no_number else f"{self.number} {self.title}"

    @property
    def has_no_number(self):
        return not self.number_key

    def clean(self):
        super().clean()
        self.number = " ".join(self.number.split())
        self.number_key = number_key(self.number)
        if (
            self.number_key
            and self.issuer_id
            and LegalDocument.objects.filter(number_key=self.number_key, issuer_id=self.issuer_id)
            .exclude(pk=self.pk)
            .exists()
        ):
            raise ValidationError(
                {"number": "Cơ quan ban hành này đã có văn bản mang số ký hiệu này."}
            )
        if self.effective_date and self.expiry_date and self.expiry_date < self.effective_date:
            raise ValidationError(
                {"expiry_date": "Ngày hết hiệu lực không thể trước ngày có hiệu lực."}
            )
        self.body = sanitise_legal_html(self.body)

    def save(self, *args, **kwargs):
        self.fill_derived_fields()
        super().save(*args, **kwargs)

    def fill_derived_fields(self):
        """Number key, slug and admin search key; imports call this before bulk writes."""
        self.number_key = number_key(self.number)
        self.search_key = fold(f"{self.number} {self.title}")
        if not self.slug:
            self.slug = unique_slug(self, self.slug_source())

    def slug_source(self):
        """ "Luật Đất đai" numbered 31/2024/QH15 -> ``31-2024-qh15-luat-dat-dai``."""
        words = self.title.split()[:12]
        prefix = "" if self.has_no_number else self.number
        return vietnamese_slugify(f"{prefix} {' '.join(words)}")

    @cached_property
    def table_of_contents(self):
        """Chapters, sections and articles of the full text, each with a stable anchor."""
        return table_of_contents(self.body)

    @property
    def body_with_anchors(self):
        return self.table_of_contents.html

    def get_url(self, request=None):
        from .bookshelf_page import BookshelfPage

        return BookshelfPage.document_url(self, request=request)

    def get_full_url(self, request=None):
        from .bookshelf_page import BookshelfPage

        return BookshelfPage.document_url(self, request=request, full=True)

    # Preview in the admin renders the bookshelf's own template.
    def get_preview_template(self, request, mode_name):
        return "bookshelf/legal_document.html"

    def get_preview_context(self, request, mode_name):
        from .bookshelf_page import document_context

        return {**super().get_preview_context(request, mode_name), **document_context(self)}

    def outgoing_relations(self):
        """[(label, [relation, ...])] for what this document does to others."""
        return _group(self.relations.select_related("target"), OUTGOING_LABELS, "target")

    def incoming_relations(self):
        """[(label, [relation, ...])] for what other published documents do to this one."""
        relations = LegalDocumentRelation.objects.filter(
            target=self, source__live=True
        ).select_related("source")
        return _group(relations, INCOMING_LABELS, "source")


def _group(relations, labels, side):
    grouped = {}
    for relation in relations:
        grouped.setdefault(relation.relation_type, []).append(relation)
    return [
        (labels[RelationType(kind)], sorted(items, key=lambda r: r.sort_order or 0))
        for kind, items in sorted(
            grouped.items(), key=lambda item: list(RelationType).index(item[0])
        )
    ]


class LegalDocumentAttachment(Orderable):
    """A file of the document: the signed PDF, a DOC version, an appendix."""

    legal_document = ParentalKey(
        LegalDocument, on_delete=models.CASCADE, related_name="attachments"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name="tệp", on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(
        "tên hiển thị", max_length=255, blank=True, help_text="Để trống để dùng tên tệp."
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        # The table keeps the name it had before the model moved to this app.
        db_table = "publications_legaldocumentattachment"
        verbose_name = "tệp đính kèm"
        verbose_name_plural = "tệp đính kèm"

    @property
    def display_title(self):
        return self.title or self.document.title


class LegalDocumentRelation(Orderable):
    """This document amends, replaces, repeals, guides or consolidates another.

    The other document is named by its number; ``target`` links it once it is on the
    bookshelf (an import may name documents that arrive in a later file).
    """

    source = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="relations")
    relation_type = models.CharField("quan hệ", max_length=16, choices=RelationType.choices)
    target = models.ForeignKey(
        LegalDocument,
        verbose_name="văn bản",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="incoming_relation_rows",
    )
    target_number = models.CharField(
        "số ký hiệu văn bản",
        max_length=100,
        blank=True,
        help_text="Dùng khi văn bản kia chưa có trên tủ sách; sẽ tự liên kết khi được nhập.",
    )

    panels = [FieldPanel("relation_type"), FieldPanel("target"), FieldPanel("target_number")]

    class Meta(Orderable.Meta):
        # The table keeps the name it had before the model moved to this app.
        db_table = "publications_legaldocumentrelation"
        verbose_name = "quan hệ văn bản"
        verbose_name_plural = "quan hệ văn bản"

    def clean(self):
        super().clean()
        if not self.target_id and not self.target_number.strip():
            raise ValidationError("Chọn văn bản hoặc nhập số ký hiệu của văn bản.")
        if self.target_id and not self.target_number:
            self.target_number = self.target.number

    @property
    def label(self):
        return self.target.title if self.target_id else self.target_number


class PageLegalDocument(Orderable):
    """A page (news, infographic, leaflet, e-book...) explains this legal document."""

    page = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="legal_document_links"
    )
    legal_document = models.ForeignKey(
        LegalDocument,
        verbose_name="văn bản pháp luật",
        on_delete=models.CASCADE,
        related_name="page_links",
    )

    panels = [FieldPanel("legal_document")]

    class Meta(Orderable.Meta):
        # The table keeps the name it had before the model moved to this app.
        db_table = "publications_pagelegaldocument"
        verbose_name = "văn bản được giới thiệu"
        verbose_name_plural = "văn bản được giới thiệu"
        constraints = [
            models.UniqueConstraint(
                fields=["page", "legal_document"], name="page_legal_document_once"
            )
        ]
