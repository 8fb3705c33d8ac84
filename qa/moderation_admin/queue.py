"""The moderation queue: which questions a person sees, filtered as they ask, and the
counts their dashboard shows."""

import datetime
import re

from django import forms
from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from home.models import LegalField, Unit

from .. import roles
from ..models import Question

Status = Question.Status
OPEN = "open"
WAITING_STATES = (Status.NEW, Status.ASSIGNED)
# "hd abcde fghij", "HDABCDEFGHIJ", "abcde-fghij": a tracking code however it is typed.
_CODE = re.compile(r"^(?:HD)?([2-9A-Z]{5})([2-9A-Z]{5})$")


def overdue_limit(now=None):
    return (now or timezone.now()) - datetime.timedelta(days=settings.QA_ANSWER_WITHIN_DAYS)


def is_overdue(question, now=None):
    """The question waits for its unit longer than the province's target."""
    return question.status in WAITING_STATES and question.waiting_since < overdue_limit(now)


def tracking_code_in(text):
    """The tracking code ``text`` spells, or None."""
    squeezed = re.sub(r"[\s\-_.]", "", (text or "").upper())
    match = _CODE.match(squeezed)
    return f"HD-{match.group(1)}-{match.group(2)}" if match else None


class QueueFilters(forms.Form):
    """What the queue shows; every field may be left as it is."""

    q = forms.CharField(
        label="Tìm theo mã hoặc nội dung",
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "HD-XXXXX-XXXXX hoặc từ trong câu hỏi"}),
    )
    status = forms.ChoiceField(
        label="Trạng thái",
        required=False,
        choices=[(OPEN, "Cần xử lý (mới, đã giao, chờ bổ sung)"), ("", "Tất cả"), *Status.choices],
    )
    unit = forms.ModelChoiceField(
        label="Đơn vị trả lời", required=False, queryset=Unit.objects.none(), empty_label="Tất cả"
    )
    unassigned = forms.BooleanField(label="Chưa giao đơn vị", required=False)
    legal_field = forms.ModelChoiceField(
        label="Lĩnh vực", required=False, queryset=LegalField.objects.all(), empty_label="Tất cả"
    )
    source = forms.ChoiceField(
        label="Nguồn",
        required=False,
        choices=[
            ("", "Tất cả"),
            ("questions", "Câu hỏi gửi cổng, trang đơn vị, ứng dụng"),
            ("exchange", "Câu hỏi gửi buổi giao lưu"),
        ],
    )
    overdue = forms.BooleanField(label="Chỉ câu hỏi quá hạn", required=False)

    def __init__(self, data, user):
        # The queue opens on what needs doing: open questions.
        data = data.copy() if data else {}
        if "status" not in data:
            data["status"] = OPEN
        super().__init__(data)
        self.user = user
        units = Unit.objects.order_by("sort_order", "name")
        if not roles.is_board(user):
            units = units.filter(pk__in=roles.specialist_unit_ids(user))
            del self.fields["unassigned"]
        self.fields["unit"].queryset = units

    def filtered(self, now=None):
        """The questions the user may see, as the filters ask, in queue order."""
        questions = roles.visible_questions(self.user).select_related(
            "unit", "legal_field", "locality", "exchange"
        )
        data = self.cleaned_data if self.is_valid() else {"status": OPEN}
        status = data.get("status")
        if status == OPEN:
            questions = questions.filter(status__in=Question.OPEN_STATES)
        elif status:
            questions = questions.filter(status=status)
        if data.get("unit"):
            questions = questions.filter(unit=data["unit"])
        if data.get("unassigned"):
            questions = questions.filter(unit__isnull=True)
        if data.get("legal_field"):
            questions = questions.filter(legal_field=data["legal_field"])
        if data.get("source") == "exchange":
            questions = questions.filter(exchange__isnull=False)
        elif data.get("source") == "questions":
            questions = questions.filter(exchange__isnull=True)
        if data.get("overdue"):
            questions = questions.overdue(now)
        questions = search(questions, data.get("q"))
        if status in (OPEN, Status.NEW, Status.ASSIGNED) or data.get("overdue"):
            # A queue: who has waited longest comes first.
            return questions.order_by("waiting_since", "pk")
        return questions.order_by("-created_at", "-pk")


def search(questions, query):
    query = (query or "").strip()
    if not query:
        return questions
    code = tracking_code_in(query)
    if code:
        return questions.filter(tracking_code=code)
    for word in query.split():
        questions = questions.filter(
            Q(text__icontains=word) | Q(title__icontains=word) | Q(tracking_code__icontains=word)
        )
    return questions


def counts(user, now=None):
    """What the user's dashboard says: {name: number} of their visible questions."""
    questions = roles.visible_questions(user)
    totals = questions.aggregate(
        new=Count("pk", filter=Q(status=Status.NEW, unit__isnull=True)),
        assigned=Count("pk", filter=Q(status=Status.ASSIGNED)),
        clarifying=Count("pk", filter=Q(status=Status.CLARIFYING)),
        to_publish=Count(
            "pk", filter=Q(status=Status.ANSWERED, page__isnull=True, exchange__isnull=True)
        ),
        overdue=Count(
            "pk", filter=Q(status__in=WAITING_STATES, waiting_since__lt=overdue_limit(now))
        ),
    )
    return totals
