"""A citizen's question, as received: the private record the moderation queue works on.

What the asker gives about themselves (name, phone or email) is personal data under
Decree 13/2023/NĐ-CP: collected with their consent, stored encrypted, shown to staff
holding ``qa.view_asker_contact`` only, and never copied into a published page, the
public API, a feed or the search. A published answer is a ``QuestionAnswerPage``, written
from the question but holding none of this.

States (``Status``), and who moves them, are in ``qa.moderation``:

    new ──assign──> assigned ──answer──> answered ──page published──> published
     │  └───────────────┴──clarify──> clarifying ──citizen replies──┘ (back to new/assigned)
     └──────────────reject (any open state)──> rejected
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail.fields import RichTextField

from home.personal_data import EncryptedTextField

# Letters and digits that cannot be mistaken for one another when read out or copied
# from a phone screen (no 0/O, 1/I/L, U).
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10
ANSWER_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


def new_tracking_code():
    """``HD-XXXXX-XXXXX``: 30**10 (about 6·10^14) codes, looked up under a rate limit."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"HD-{raw[:5]}-{raw[5:]}"


class QuestionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=Question.OPEN_STATES)

    def for_unit(self, unit_ids):
        return self.filter(unit_id__in=unit_ids)

    def overdue(self, now=None):
        """Open questions waiting longer than ``QA_ANSWER_WITHIN_DAYS`` (not counting
        the time the asker took to clarify, see ``Question.waiting_since``)."""
        now = now or timezone.now()
        limit = now - timezone.timedelta(days=settings.QA_ANSWER_WITHIN_DAYS)
        return self.filter(
            status__in=[Question.Status.NEW, Question.Status.ASSIGNED], waiting_since__lt=limit
        )


class Question(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "Mới nhận"
        ASSIGNED = "assigned", "Đã giao đơn vị"
        CLARIFYING = "clarifying", "Chờ người hỏi bổ sung"
        ANSWERED = "answered", "Đã trả lời"
        PUBLISHED = "published", "Đã đăng công khai"
        REJECTED = "rejected", "Không tiếp nhận"

    class Channel(models.TextChoices):
        SITE = "site", "Cổng PBGDPL"
        EMBED = "embed", "Trang của đơn vị (nhúng)"
        API = "api", "Ứng dụng (API)"
        EXCHANGE = "exchange", "Giao lưu trực tuyến"
        IMPORT = "import", "Nhập từ tệp"

    class ContactKind(models.TextChoices):
        PHONE = "phone", "Số điện thoại"
        EMAIL = "email", "Thư điện tử"

    OPEN_STATES = (Status.NEW, Status.ASSIGNED, Status.CLARIFYING)

    tracking_code = models.CharField(
        "mã tra cứu", max_length=16, unique=True, default=new_tracking_code, editable=False
    )
    title = models.CharField(
        "tiêu đề",
        max_length=255,
        blank=True,
        help_text="Câu hỏi ngắn gọn; để trống để lấy câu đầu của nội dung.",
    )
    text = models.TextField("nội dung câu hỏi")
    legal_field = models.ForeignKey(
        "home.LegalField",
        verbose_name="lĩnh vực pháp luật",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    locality = models.ForeignKey(
        "home.Unit",
        verbose_name="địa bàn",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Xã, phường, đặc khu nơi người hỏi sinh sống (không bắt buộc).",
    )
    exchange = models.ForeignKey(
        "qa.ExchangePage",
        verbose_name="buổi giao lưu",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    channel = models.CharField("gửi qua", max_length=16, choices=Channel, default=Channel.SITE)

    # The asker: personal data, encrypted at rest (home.personal_data).
    asker_name = EncryptedTextField("họ và tên người hỏi")
    contact_kind = models.CharField("liên hệ qua", max_length=8, choices=ContactKind)
    contact = EncryptedTextField("số điện thoại hoặc thư điện tử")
    # Keyed hash of the normalised contact: counts one person's questions for the rate
    # limit without decrypting anything.
    contact_hash = models.CharField(max_length=64, db_index=True, editable=False)
    consented_at = models.DateTimeField("đồng ý xử lý dữ liệu cá nhân lúc")
    # Keyed hash of the client address, for tracing abuse; the address itself is not kept.
    client_hash = models.CharField(max_length=64, blank=True, editable=False)

    status = models.CharField(
        "trạng thái", max_length=16, choices=Status, default=Status.NEW, db_index=True
    )
    unit = models.ForeignKey(
        "home.Unit",
        verbose_name="đơn vị trả lời",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    answer = RichTextField("câu trả lời", blank=True, features=ANSWER_FEATURES)
    answered_at = models.DateTimeField("trả lời lúc", null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người trả lời",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    rejection_reason = models.TextField("lý do không tiếp nhận", blank=True)

    # Near-duplicates found when the question arrived: an earlier question, and a
    # published answer, that it resembles (qa.duplicates).
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name="trùng với câu hỏi",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    similar_answer = models.ForeignKey(
        "qa.QuestionAnswerPage",
        verbose_name="giống câu trả lời đã đăng",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page = models.OneToOneField(
        "qa.QuestionAnswerPage",
        verbose_name="trang hỏi đáp",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="question",
    )

    # Online exchanges: a moderator lets the question show on the exchange page, and
    # marks it answered live (with the moment in the recording, if given).
    shown_on_exchange = models.BooleanField("hiện trên trang giao lưu", default=False)
    answered_live_at = models.DateTimeField("trả lời trực tiếp lúc", null=True, blank=True)

    created_at = models.DateTimeField("gửi lúc", default=timezone.now, db_index=True)
    # When the wait began, as if the asker had never been asked to clarify: moved
    # forward by the time they took to reply (qa.moderation.citizen_replied), which is
    # not the unit's delay.
    waiting_since = models.DateTimeField("chờ từ", default=timezone.now)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "câu hỏi của người dân"
        verbose_name_plural = "câu hỏi của người dân"
        permissions = [
            ("moderate_question", "Điều phối mọi câu hỏi (giao đơn vị, từ chối, trả lời)"),
            ("view_asker_contact", "Xem họ tên và liên hệ của người hỏi"),
        ]
        indexes = [
            models.Index(fields=["unit", "status"], name="qa_question_unit_status"),
            models.Index(fields=["status", "waiting_since"], name="qa_question_waiting"),
        ]

    def __str__(self):
        return f"{self.tracking_code}: {self.display_title}"

    @property
    def display_title(self):
        if self.title:
            return self.title
        first = self.text.strip().split("\n", 1)[0]
        return first if len(first) <= 120 else first[:119].rstrip() + "…"

    @property
    def is_open(self):
        return self.status in self.OPEN_STATES

    def waited(self, now=None):
        """How long the question has been waiting for the unit (a timedelta), or None
        once it is answered or closed."""
        if not self.is_open or self.status == self.Status.CLARIFYING:
            return None
        return (now or timezone.now()) - self.waiting_since


class QuestionReference(models.Model):
    """A document of the bookshelf, and optionally one of its articles, that the answer
    cites."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="references")
    document = models.ForeignKey(
        "bookshelf.LegalDocument",
        verbose_name="văn bản",
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The article's anchor in the document's text (``TocEntry.anchor``) and its label
    # ("Điều 56"); empty when the whole document is cited.
    article_anchor = models.CharField("điều (neo)", max_length=64, blank=True)
    article_label = models.CharField("điều", max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = "văn bản được trích dẫn"
        verbose_name_plural = "văn bản được trích dẫn"

    def __str__(self):
        return f"{self.article_label} {self.document_id}".strip()


class QuestionEvent(models.Model):
    """One step in a question's life: who moved it, from what to what, and the message
    that went with it. Messages marked ``public`` are what the asker reads when they
    follow the question by its code (a request for clarification, their reply, the
    reason for a refusal); staff names are never shown to them."""

    class Action(models.TextChoices):
        ASKED = "asked", "Gửi câu hỏi"
        ASSIGNED = "assigned", "Giao đơn vị"
        CLARIFICATION_REQUESTED = "clarify", "Đề nghị người hỏi bổ sung"
        CITIZEN_REPLIED = "replied", "Người hỏi bổ sung"
        ANSWERED = "answered", "Trả lời"
        REJECTED = "rejected", "Không tiếp nhận"
        REOPENED = "reopened", "Mở lại"
        RETURNED = "returned", "Đơn vị trả lại Ban Biên tập"
        PUBLICATION_PROPOSED = "proposed", "Đề xuất đăng công khai"
        PUBLISHED = "published", "Đăng công khai"
        UNPUBLISHED = "unpublished", "Gỡ khỏi trang công khai"
        SHOWN = "shown", "Hiện trên trang giao lưu"
        HIDDEN = "hidden", "Ẩn khỏi trang giao lưu"
        ANSWERED_LIVE = "answered_live", "Trả lời trực tiếp tại buổi giao lưu"
        NOTIFIED = "notified", "Báo cho người hỏi"
        NOTE = "note", "Ghi chú nội bộ"

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=16, choices=Action)
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16, blank=True)
    unit = models.ForeignKey(
        "home.Unit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(blank=True)
    public = models.BooleanField(default=False)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = "diễn biến câu hỏi"
        verbose_name_plural = "diễn biến câu hỏi"

    def __str__(self):
        return f"{self.question_id} {self.action} {self.at:%Y-%m-%d %H:%M}"
