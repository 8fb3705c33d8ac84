"""The public side of Q&A in the page tree: the Q&A section, and the published answers.

A published answer is a page like any other content: written (from a citizen's question
or directly), submitted, and published by the editorial board's approval task, so unit
rights, the workflow, the search, the feeds and the content API treat it as they treat
news. It holds the question as it should be read in public, never who asked it.
"""

from django.db import models

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from home.models import AudioFields, BasePage, SectionPage
from publications.structured_data import json_ld_script

from ..api_fields import LegalBasisField
from .questions import ANSWER_FEATURES


class QAIndexPage(RoutablePageMixin, SectionPage):
    """The Q&A section ("Hỏi đáp pháp luật"): published answers by legal field and by
    unit, the form to ask, and the page where askers follow their question by its code.

    It is a section, so every unit's editors may write answers in it (``home.unit_access``).
    Each route's view lives in ``qa.site``; the page only names them.
    """

    parent_page_types = ["home.HomePage"]
    template = "qa/qa_index_page.html"

    class Meta:
        verbose_name = "chuyên mục hỏi đáp"
        verbose_name_plural = "chuyên mục hỏi đáp"

    @path("")
    def index_route(self, request):
        from ..site import listing

        return listing.index(self, request)

    @path("linh-vuc/<slug:field_slug>/")
    def field_route(self, request, field_slug):
        from ..site import listing

        return listing.by_field(self, request, field_slug)

    @path("don-vi/<slug:unit_slug>/")
    def unit_route(self, request, unit_slug):
        from ..site import listing

        return listing.by_unit(self, request, unit_slug)

    @path("dat-cau-hoi/")
    def ask_route(self, request):
        from ..site import asking

        return asking.ask(self, request)

    @path("tra-cuu/")
    def track_route(self, request):
        from ..site import tracking

        return tracking.track(self, request)


class QuestionAnswerPage(AudioFields, BasePage):
    """A question and its answer, published."""

    question_text = models.TextField(
        "câu hỏi",
        help_text="Nội dung câu hỏi như sẽ đăng công khai. Không ghi họ tên, số điện thoại, "
        "địa chỉ hay số giấy tờ của người hỏi.",
    )
    answer = RichTextField("câu trả lời", features=ANSWER_FEATURES)
    asked_on = models.DateField("ngày hỏi", null=True, blank=True)
    answered_on = models.DateField("ngày trả lời", null=True, blank=True)
    # The pair's id in the file it was imported from (``qa.import_export``): importing
    # the file again updates this page instead of adding another. Empty for answers
    # written here.
    external_id = models.CharField(
        "mã nguồn", max_length=100, blank=True, db_index=True, editable=False
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("question_text"),
        FieldPanel("answer"),
        InlinePanel(
            "references",
            heading="Căn cứ pháp lý",
            label="văn bản",
            help_text="Văn bản trên tủ sách và điều được trích dẫn trong câu trả lời.",
        ),
        MultiFieldPanel([FieldPanel("asked_on"), FieldPanel("answered_on")], heading="Ngày"),
        *AudioFields.audio_panels,
    ]
    spoken_fields = ("question_text", "answer")

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("question_text"),
        index.SearchField("answer"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("question_text"),
        APIField("answer"),
        APIField("asked_on"),
        APIField("answered_on"),
        APIField("legal_basis", serializer=LegalBasisField()),
    ]

    # Listed by sections and the home page, fed to other sites, searchable.
    is_content_page = True
    embeddable = True
    # A copy (or a translation) is another page, not the imported one.
    exclude_fields_in_copy = ["external_id"]

    parent_page_types = ["qa.QAIndexPage"]
    subpage_types = []
    template = "qa/question_answer_page.html"

    class Meta:
        verbose_name = "hỏi đáp pháp luật"
        verbose_name_plural = "hỏi đáp pháp luật"

    def searchable_text(self):
        # The question's words are what a citizen types: they must find the page.
        return " ".join(part for part in (super().searchable_text(), self.question_text) if part)

    def get_context(self, request, *args, **kwargs):
        from ..site import answer_page

        context = super().get_context(request, *args, **kwargs)
        context.update(answer_page.context(self, request))
        return context

    @property
    def structured_data(self):
        """The page described for search engines: schema.org ``QAPage`` (JSON-LD)."""
        return json_ld_script(self)

    @property
    def legal_basis(self):
        """The documents and articles the answer cites, linked to the bookshelf."""
        from ..site import answer_page

        return answer_page.legal_basis(self)


class AnswerReference(Orderable):
    """A document of the bookshelf, and optionally one of its articles, that a published
    answer cites."""

    page = ParentalKey(QuestionAnswerPage, on_delete=models.CASCADE, related_name="references")
    document = models.ForeignKey(
        "bookshelf.LegalDocument",
        verbose_name="văn bản",
        on_delete=models.PROTECT,
        related_name="+",
    )
    article_anchor = models.CharField(
        "điều (neo)",
        max_length=64,
        blank=True,
        help_text="Neo của điều trong toàn văn, ví dụ dieu-56; để trống nếu dẫn cả văn bản.",
    )
    article_label = models.CharField("điều", max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("article_anchor"), FieldPanel("article_label")]

    class Meta(Orderable.Meta):
        verbose_name = "văn bản được trích dẫn"
        verbose_name_plural = "văn bản được trích dẫn"

    def __str__(self):
        return f"{self.article_label} {self.document_id}".strip()
