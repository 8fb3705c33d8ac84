"""Asking a legal question: one set of checks and one way in, whether the question
comes from the form on the portal, the form embedded in a commune's or department's
site, or an app through the API.

What a question needs: the question (plain text: markup and invisible characters are
removed, ``qa.cleaning``), its legal field, optionally the commune, ward or special zone
the asker lives in, and an online exchange it is sent to; the asker's name and a phone
number or email address to be told of the answer, and their consent to the processing
of these personal data (Decree 13/2023/NĐ-CP), whose moment is recorded.

Spam, without outside services: a field people never see (the honeypot), the CAPTCHA
drawn on this server, and rate limits (``settings.QA_RATE_LIMITS``) per trusted client
address and per asker (the keyed hash of their contact). The address itself is never
stored: a keyed hash of it is (``client_hash``), to trace abuse.

The same asker sending the same question again within minutes gets the question they
sent back, not a second one; a question like an earlier one is linked to it
(``qa.duplicates``), for the moderator to see.
"""

from dataclasses import dataclass

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language

from core.ids import MAX_PAGE_ID
from home.captcha import ChallengeField, solved
from home.models import LegalField, Unit
from home.personal_data import keyed_hash
from home.rate_limits import RateLimits, address_counted

from . import duplicates
from .cleaning import one_line, plain_text
from .contacts import contact_hash, normalise_email, parse_contact
from .models import ExchangePage, Question, QuestionEvent

QA_LIMITS = RateLimits("QA_RATE_LIMITS", "qa-limit")

TEXT_MIN_LENGTH = 20
TEXT_MAX_LENGTH = 4000
NAME_MAX_LENGTH = 100
CONTACT_MAX_LENGTH = 254

CONSENT_TEXT = (
    "Tôi đồng ý để Cổng Phổ biến, giáo dục pháp luật tỉnh Quảng Ninh và đơn vị được giao "
    "trả lời xử lý họ tên, số điện thoại hoặc thư điện tử tôi cung cấp, chỉ để trả lời câu "
    "hỏi này và báo kết quả cho tôi, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân."
)
CONSENT_DETAILS = (
    "Họ tên và thông tin liên hệ được lưu mã hóa, chỉ cán bộ có thẩm quyền xem được, và "
    "không bao giờ được đăng công khai: câu hỏi, nếu được đăng kèm câu trả lời, được đăng "
    "không kèm họ tên hay thông tin liên hệ của bạn."
)
CONSENT_REQUIRED = "Cần đồng ý xử lý dữ liệu cá nhân để gửi câu hỏi."
CAPTCHA_REFUSED = "Mã kiểm tra không đúng hoặc đã hết hạn; hãy gõ lại theo ảnh mới."
HONEYPOT_FILLED = (
    "Không gửi được câu hỏi. Nếu bạn đã điền vào ô «Để trống ô này», hãy xóa nội dung ô đó "
    "rồi gửi lại."
)
RESENT = (
    "Bạn vừa gửi câu hỏi này; chúng tôi không tạo câu hỏi mới. Mã tra cứu của câu hỏi "
    "vẫn là {code}."
)


class TooMany(Exception):
    """Over a rate limit: ``message`` says so in Vietnamese, ``retry_after`` in how
    many seconds to try again."""

    def __init__(self, message, retry_after):
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


def _minutes(seconds):
    return max(1, round(seconds / 60))


def too_many_from_address(action="ask"):
    wait = QA_LIMITS.seconds_left(action, "ip") or 60
    return TooMany(
        "Có quá nhiều yêu cầu từ địa chỉ mạng của bạn trong thời gian ngắn; hãy thử lại sau "
        f"khoảng {_minutes(wait)} phút.",
        wait,
    )


def _too_many_from_asker():
    wait = QA_LIMITS.seconds_left("ask", "contact") or 60
    return TooMany(
        "Số điện thoại hoặc thư điện tử này đã gửi nhiều câu hỏi trong thời gian ngắn; hãy chờ "
        f"câu trả lời, hoặc gửi tiếp sau khoảng {_minutes(wait)} phút.",
        wait,
    )


# Fields ---------------------------------------------------------------------------------


class PlainTextField(forms.CharField):
    """Text cleaned of markup and invisible characters before its length is checked."""

    def to_python(self, value):
        return plain_text(super().to_python(value))


class OneLineField(forms.CharField):
    def to_python(self, value):
        return one_line(super().to_python(value))


def legal_fields():
    return LegalField.objects.order_by("sort_order", "name")


def localities():
    """The communes, wards and special zones an asker may say they live in."""
    return Unit.objects.filter(is_active=True, kind=Unit.Kind.COMMUNE).order_by(
        "sort_order", "name"
    )


def exchanges_taking_questions(now=None):
    now = now or timezone.now()
    return (
        ExchangePage.objects.live()
        .public()
        .filter(accepts_questions=True, ends_at__gt=now)
        .order_by("starts_at")
    )


class QuestionForm(forms.Form):
    """What every way of asking checks. The contact and the CAPTCHA come in the shape
    each way of asking gives them (``PageQuestionForm``, ``ApiQuestionForm``)."""

    text = PlainTextField(
        label="Câu hỏi của bạn",
        min_length=TEXT_MIN_LENGTH,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 7}),
        help_text="Viết rõ sự việc và điều bạn muốn biết. Không ghi số giấy tờ tùy thân "
        "hay thông tin riêng của người khác.",
        error_messages={
            "required": "Hãy nhập câu hỏi.",
            "min_length": "Câu hỏi quá ngắn: hãy viết ít nhất %(limit_value)d ký tự, nói rõ "
            "việc bạn cần hỏi (hiện có %(show_value)d).",
            "max_length": "Câu hỏi dài quá %(limit_value)d ký tự (hiện có %(show_value)d); "
            "hãy viết ngắn gọn hơn.",
        },
    )
    legal_field = forms.ModelChoiceField(
        queryset=legal_fields(),
        to_field_name="slug",
        label="Lĩnh vực pháp luật",
        empty_label="— Chọn lĩnh vực —",
        error_messages={
            "required": "Hãy chọn lĩnh vực pháp luật của câu hỏi.",
            "invalid_choice": "Không có lĩnh vực này trong danh sách.",
        },
    )
    locality = forms.ModelChoiceField(
        queryset=localities(),
        to_field_name="slug",
        required=False,
        label="Xã, phường, đặc khu nơi bạn sinh sống",
        empty_label="— Không chọn —",
        help_text="Không bắt buộc; giúp chuyển câu hỏi đến đúng địa phương.",
        error_messages={"invalid_choice": "Không có xã, phường, đặc khu này trong danh sách."},
    )
    exchange = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_PAGE_ID,
        widget=forms.HiddenInput,
        error_messages={"invalid": "Không có buổi giao lưu này."},
    )
    name = OneLineField(
        label="Họ và tên",
        max_length=NAME_MAX_LENGTH,
        error_messages={
            "required": "Hãy nhập họ và tên.",
            "max_length": "Họ và tên dài quá %(limit_value)d ký tự.",
        },
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        help_text=CONSENT_DETAILS,
        error_messages={"required": CONSENT_REQUIRED},
    )
    # The honeypot: hidden from people (and from screen readers, which are told to skip
    # it), filled in by robots that fill in every box.
    website = forms.CharField(required=False, label="Để trống ô này")

    def clean_exchange(self):
        page_id = self.cleaned_data.get("exchange")
        if page_id is None:
            return None
        exchange = ExchangePage.objects.live().public().filter(pk=page_id).first()
        if exchange is None:
            raise forms.ValidationError("Không có buổi giao lưu này.", code="invalid")
        if not exchange.takes_questions:
            raise forms.ValidationError(
                "Buổi giao lưu này đã kết thúc hoặc không còn nhận câu hỏi; bạn vẫn có thể "
                "gửi câu hỏi thông thường.",
                code="closed",
            )
        return exchange

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(HONEYPOT_FILLED, code="honeypot")
        return cleaned


class ApiQuestionForm(QuestionForm):
    """Asking from an app: the contact in one string, the CAPTCHA as a key from
    ``GET /api/qa/captcha`` and the letters read in its image."""

    contact = OneLineField(max_length=CONTACT_MAX_LENGTH, required=False)
    captcha_key = forms.CharField(required=False)
    captcha_answer = forms.CharField(required=False)

    def clean_contact(self):
        kind, contact = parse_contact(self.cleaned_data["contact"])
        self.cleaned_data["contact_kind"] = kind
        return contact

    def clean(self):
        cleaned = super().clean()
        # Checked last, whatever else is wrong: the challenge is used up either way.
        if not solved(cleaned.get("captcha_key"), cleaned.get("captcha_answer")):
            self.add_error("captcha_answer", CAPTCHA_REFUSED)
        return cleaned


class PageQuestionForm(QuestionForm):
    """Asking on the portal or in the embedded form: a phone number first (a phone's
    number keyboard), an email address for those without one, and the CAPTCHA's image
    with its box."""

    phone = OneLineField(
        label="Số điện thoại di động",
        max_length=32,
        required=False,
        help_text="Để nhận tin nhắn khi có câu trả lời.",
    )
    email = OneLineField(
        label="Hoặc thư điện tử",
        max_length=CONTACT_MAX_LENGTH,
        required=False,
        help_text="Nếu bạn không dùng điện thoại di động.",
    )
    captcha = ChallengeField(
        label="Mã kiểm tra",
        help_text="Gõ các ký tự trong ảnh.",
        error_messages={"invalid": CAPTCHA_REFUSED, "required": CAPTCHA_REFUSED},
    )

    field_order = ["text", "legal_field", "locality", "name", "phone", "email", "consent"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        attrs = {
            "name": {"autocomplete": "name"},
            "phone": {"inputmode": "tel", "autocomplete": "tel"},
            "email": {"inputmode": "email", "autocomplete": "email"},
            "website": {"autocomplete": "off", "tabindex": "-1"},
        }
        for name, field_attrs in attrs.items():
            self.fields[name].widget.attrs.update(field_attrs)
        # The keyboard a phone brings up: digits for the number, "@" for the address.
        self.fields["phone"].widget.input_type = "tel"
        self.fields["email"].widget.input_type = "email"
        # A label for the box to type in, rather than a fieldset around the picture.
        self.fields["captcha"].widget.use_fieldset = False

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        if not phone:
            return ""
        kind, contact = parse_contact(phone)
        if kind != Question.ContactKind.PHONE:
            raise forms.ValidationError(
                "Ô này dành cho số điện thoại; thư điện tử xin nhập ở ô bên dưới."
            )
        return contact

    def clean_email(self):
        email = self.cleaned_data["email"]
        return normalise_email(email) if email else ""

    def clean(self):
        cleaned = super().clean()
        if "phone" in cleaned and "email" in cleaned:
            if cleaned["phone"]:
                cleaned["contact_kind"], cleaned["contact"] = (
                    Question.ContactKind.PHONE,
                    cleaned["phone"],
                )
            elif cleaned["email"]:
                cleaned["contact_kind"], cleaned["contact"] = (
                    Question.ContactKind.EMAIL,
                    cleaned["email"],
                )
            else:
                self.add_error(
                    "phone",
                    "Hãy nhập số điện thoại di động, hoặc thư điện tử nếu bạn không dùng "
                    "điện thoại, để nhận thông báo khi có câu trả lời.",
                )
        return cleaned


# Asking --------------------------------------------------------------------------------


@dataclass
class Asked:
    question: Question
    # The asker had sent the same question moments before: this is that question.
    resent: bool = False

    @property
    def notice(self):
        return RESENT.format(code=self.question.tracking_code) if self.resent else ""


def ask(request, form, channel, hint_unit=None):
    """The question ``form`` (bound) asks: ``Asked``, or None with the reasons on the
    form. ``TooMany`` when the client's address or the asker is over their limit.

    Every attempt counts against the address, valid or not (guessing at the CAPTCHA
    costs as much as asking); only a question about to be stored counts against the
    asker. ``hint_unit`` is the unit whose site embeds the form: the ``asked`` event
    records it, and a commune is the question's locality unless the asker chose one.
    """
    address = address_counted(request)
    if not QA_LIMITS.hit("ask", "ip", address):
        raise too_many_from_address()
    if not form.is_valid():
        return None
    cleaned = form.cleaned_data
    hashed_contact = contact_hash(cleaned["contact"])
    now = timezone.now()
    earlier = duplicates.resent_question(cleaned["text"], hashed_contact, now)
    if earlier is not None:
        return Asked(earlier, resent=True)
    if not QA_LIMITS.hit("ask", "contact", hashed_contact[:32]):
        raise _too_many_from_asker()

    locality = cleaned.get("locality")
    if locality is None and hint_unit is not None and hint_unit.kind == Unit.Kind.COMMUNE:
        locality = hint_unit
    exchange = cleaned.get("exchange")
    if exchange is not None and channel == Question.Channel.SITE:
        channel = Question.Channel.EXCHANGE
    question = Question(
        text=cleaned["text"],
        legal_field=cleaned["legal_field"],
        locality=locality,
        exchange=exchange,
        channel=channel,
        asker_name=cleaned["name"],
        contact_kind=cleaned["contact_kind"],
        contact=cleaned["contact"],
        contact_hash=hashed_contact,
        consented_at=now,
        client_hash=keyed_hash(address),
        created_at=now,
        waiting_since=now,
        duplicate_of_id=duplicates.earlier_duplicate(
            cleaned["text"], cleaned["legal_field"].pk, now
        ),
        similar_answer=duplicates.similar_published_answer(
            cleaned["text"], (get_language() or "vi").split("-")[0]
        ),
    )
    with transaction.atomic():
        question.save()
        QuestionEvent.objects.create(
            question=question,
            at=now,
            action=QuestionEvent.Action.ASKED,
            to_status=question.status,
            unit=hint_unit,
            public=True,
        )
    return Asked(question)
