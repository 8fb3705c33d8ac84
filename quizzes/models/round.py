"""A round (vòng thi) of a contest: its question bank and the rules of its attempts."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField

from home.models.base_page import BasePage
from quizzes import bank
from quizzes.blocks import QuestionBankBlock

from .contest import ContestRoutes, site_views


class BankDigestField(models.CharField):
    """``bank.digest`` of the page's ``questions``, computed as they are written (after
    the page is cleaned), so that it is the digest of the bank as stored."""

    def __init__(self, *args, **kwargs):
        kwargs.update(max_length=32, blank=True, editable=False)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for key in ("max_length", "blank", "editable"):
            kwargs.pop(key, None)
        return name, path, args, kwargs

    def pre_save(self, model_instance, add):
        field = model_instance._meta.get_field("questions")
        value = bank.digest(field.get_prep_value(model_instance.questions))
        setattr(model_instance, self.attname, value)
        return value


# The admin's preview of the whole bank, answers included (only editors see previews).
BANK_PREVIEW = "questions"
DEFAULT_PREDICTION = "Dự đoán có bao nhiêu người trả lời đúng tất cả các câu hỏi của vòng thi?"


class QuizPage(ContestRoutes, BasePage):
    """A round (vòng thi) of a contest. The class keeps the name ``QuizPage`` because
    its table, its content type, its API type (``quizzes.QuizPage``) and the admin's
    URLs carry it; everywhere else, code and documents say "round".

    A round opens and closes at set times; each attempt draws its questions.

    The question bank (with its answers) is never an API field and never in the page's
    HTML; attempts get their questions from ``quizzes.drawing`` without the answers."""

    class Counting(models.TextChoices):
        BEST = "best", "Lần có kết quả cao nhất"
        FIRST = "first", "Lần làm bài đầu tiên"

    intro = models.TextField("giới thiệu", blank=True)
    opens_at = models.DateTimeField("mở lúc", help_text="Giờ Việt Nam (UTC+7).")
    closes_at = models.DateTimeField("đóng lúc", help_text="Giờ Việt Nam (UTC+7).")
    time_limit_minutes = models.PositiveSmallIntegerField("thời gian làm bài (phút)", default=30)
    questions_per_attempt = models.PositiveSmallIntegerField(
        "số câu mỗi lượt",
        default=0,
        help_text="Số câu rút ngẫu nhiên từ ngân hàng câu hỏi; 0 là tất cả.",
    )
    shuffle_questions = models.BooleanField("đảo thứ tự câu hỏi", default=True)
    shuffle_options = models.BooleanField("đảo thứ tự phương án", default=True)
    attempts_allowed = models.PositiveSmallIntegerField(
        "số lượt được làm", default=1, help_text="0 là không giới hạn."
    )
    counting = models.CharField(
        "lượt được tính", max_length=8, choices=Counting.choices, default=Counting.BEST
    )
    show_answers_after_close = models.BooleanField(
        "công bố đáp án và giải thích sau khi vòng thi kết thúc", default=True
    )
    questions = StreamField(QuestionBankBlock(), verbose_name="ngân hàng câu hỏi", min_num=1)
    prediction_question = models.CharField(
        "câu hỏi dự đoán", max_length=255, default=DEFAULT_PREDICTION
    )
    # Saving and submitting read this instead of the bank (``question_blocks``).
    bank_digest = BankDigestField()
    # Set when the round is closed (``quizzes.ranking.close_round``): how many took part
    # and answered every question correctly, the number predictions are measured against.
    perfect_count = models.PositiveIntegerField(
        "số người trả lời đúng tất cả", null=True, blank=True, editable=False
    )

    parent_page_types = ["quizzes.ContestPage"]
    subpage_types = []
    template = "quizzes/quiz_page.html"

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldRowPanel(
                    [FieldPanel("time_limit_minutes"), FieldPanel("questions_per_attempt")]
                ),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
                FieldRowPanel([FieldPanel("attempts_allowed"), FieldPanel("counting")]),
                FieldPanel("show_answers_after_close"),
            ],
            heading="Cài đặt vòng thi",
        ),
        FieldPanel("questions"),
        FieldPanel("prediction_question"),
    ]
    # Never the questions: they carry the answers.
    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("time_limit_minutes"),
        APIField("questions_per_attempt"),
        APIField("attempts_allowed"),
        APIField("counting"),
        APIField("prediction_question"),
    ]

    class Meta:
        verbose_name = "vòng thi"
        verbose_name_plural = "vòng thi"

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": "Giờ đóng phải sau giờ mở."})
        if self.questions_per_attempt and self.questions_per_attempt > len(self.questions):
            raise ValidationError(
                {"questions_per_attempt": "Số câu mỗi lượt lớn hơn số câu trong ngân hàng."}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["state"] = self.state()
        return context

    @property
    def preview_modes(self):
        return [*super().preview_modes, (BANK_PREVIEW, "Ngân hàng câu hỏi (có đáp án)")]

    def serve_preview(self, request, mode_name):
        if mode_name == BANK_PREVIEW:
            return site_views().bank_preview(self, request)
        return super().serve_preview(request, mode_name)

    @path("")
    def index_route(self, request):
        return site_views().round_index(self, request)

    @path("bat-dau/", name="start")
    def start_route(self, request):
        return site_views().start(self, request)

    @path("lam-bai/<int:attempt_id>/", name="attempt")
    def attempt_route(self, request, attempt_id):
        return site_views().attempt(self, request, attempt_id)

    @path("ket-qua/<int:attempt_id>/", name="result")
    def result_route(self, request, attempt_id):
        return site_views().result(self, request, attempt_id)

    def searchable_text(self):
        # The question bank is left out of every search index: it holds the answers.
        return " ".join(part for part in [self.title, self.summary, self.intro] if part)

    @property
    def time_limit(self):
        return timedelta(minutes=self.time_limit_minutes)

    def state(self, now=None):
        """ "upcoming", "open" or "closed"."""
        now = now or timezone.now()
        if now < self.opens_at:
            return "upcoming"
        return "open" if now < self.closes_at else "closed"

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "questions" in update_fields:
            kwargs["update_fields"] = {*update_fields, "bank_digest"}
        return super().save(*args, **kwargs)

    def question_blocks(self):
        """{question id: block} of the whole bank, in the bank's order; parsed once per
        process for each version of the bank (``quizzes.bank``), and read-only. A round
        loaded with its digest and without its bank fetches the bank only if this
        process has not parsed it yet."""
        if "questions" in self.get_deferred_fields() and self.bank_digest:
            return bank.blocks_for_digest(
                self.bank_digest,
                lambda: QuizPage.objects.values_list("questions", flat=True).get(pk=self.pk),
            )
        return bank.question_blocks(self.questions)
