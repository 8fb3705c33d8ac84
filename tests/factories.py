"""Test data builders for the project's models."""

import datetime
import io

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from PIL import Image as PILImage

from django.core.files.images import ImageFile
from django.test import TestCase
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.models import Collection, Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from bookshelf import models as bookshelf
from home.models import CustomImage, HomePage, LegalField, SectionPage, Unit, User
from home.personal_data import keyed_hash
from publications import models as publications
from qa import models as qa
from quizzes import models as quizzes


def png_file(name="anh.png", size=(320, 180), colour=(20, 90, 160)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    return ImageFile(buffer, name=name)


class UnitFactory(DjangoModelFactory):
    class Meta:
        model = Unit
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Đơn vị {n}")
    kind = Unit.Kind.DEPARTMENT


class LegalFieldFactory(DjangoModelFactory):
    class Meta:
        model = LegalField
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("secret")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)


class ImageFactory(DjangoModelFactory):
    class Meta:
        model = CustomImage

    title = factory.Sequence(lambda n: f"Ảnh {n}")
    alt_text = "Cán bộ tư pháp tuyên truyền pháp luật cho người dân"
    file = factory.LazyFunction(png_file)
    collection = factory.LazyFunction(Collection.get_first_root_node)


class DocumentFactory(DjangoModelFactory):
    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Tài liệu {n}")
    file = factory.django.FileField(filename="tai-lieu.pdf", data=b"%PDF-1.4\n%%EOF\n")
    collection = factory.LazyFunction(Collection.get_first_root_node)


def home_page():
    return HomePage.objects.get(locale__language_code="vi")


class BasePageFactory(wagtail_factories.PageFactory):
    """Pages get their slug from the model, as they do in the admin."""

    slug = ""
    summary = "Tóm tắt nội dung để hiển thị trong danh sách."


class SectionPageFactory(BasePageFactory):
    class Meta:
        model = SectionPage

    title = factory.Sequence(lambda n: f"Chuyên mục {n}")
    parent = factory.LazyFunction(home_page)


class LegalNewsPageFactory(BasePageFactory):
    class Meta:
        model = publications.LegalNewsPage

    title = factory.Sequence(lambda n: f"Tin pháp luật {n}")
    body = factory.LazyFunction(
        lambda: [("paragraph", RichText("<p>Luật Đất đai 2024 có hiệu lực từ 01/8/2024.</p>"))]
    )


def translate(page, strings, locale="en"):
    """Translate ``page`` the way a translator does in wagtail-localize's editor: every
    source string gets a translation (``strings`` maps source to target; anything not
    listed is kept as it is), then the translation is published."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code=locale)
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    # wagtail-localize publishes once the transaction commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(translation.target_locale)


class DocumentTypeFactory(DjangoModelFactory):
    class Meta:
        model = bookshelf.DocumentType
        django_get_or_create = ("name",)

    name = factory.Iterator(["Luật", "Nghị định", "Thông tư", "Quyết định"])


class IssuingBodyFactory(DjangoModelFactory):
    class Meta:
        model = bookshelf.IssuingBody
        django_get_or_create = ("name",)

    name = factory.Iterator(["Quốc hội", "Chính phủ", "Bộ Tư pháp", "UBND tỉnh Quảng Ninh"])


class LegalDocumentFactory(DjangoModelFactory):
    """A published legal document; pass ``live=False`` for a draft."""

    class Meta:
        model = bookshelf.LegalDocument
        skip_postgeneration_save = True

    number = factory.Sequence(lambda n: f"{n + 1}/2024/NĐ-CP")
    title = factory.Sequence(lambda n: f"Nghị định quy định chi tiết số {n + 1}")
    doc_type = factory.SubFactory(DocumentTypeFactory, name="Nghị định")
    issuer = factory.SubFactory(IssuingBodyFactory, name="Chính phủ")
    issued_date = factory.Faker("date_between", start_date="-10y", end_date="today")
    status = bookshelf.EffectStatus.IN_FORCE
    body = "<p>Điều 1. Phạm vi điều chỉnh</p><p>Văn bản này quy định chi tiết.</p>"
    live = True

    @factory.post_generation
    def legal_fields(self, create, extracted, **kwargs):
        if create and extracted:
            self.legal_fields.set(extracted)
            self.save()


def question_bank():
    """Four questions, one of each kind and two of single choice, 4 points each."""
    return [
        (
            "single_choice",
            {
                "text": "Luật Đất đai 2024 có hiệu lực từ ngày nào?",
                "points": 4,
                "options": [
                    {"text": "01/8/2024", "correct": True},
                    {"text": "01/01/2025", "correct": False},
                    {"text": "01/7/2024", "correct": False},
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "text": "Những cơ quan nào ban hành nghị quyết?",
                "points": 4,
                "options": [
                    {"text": "Quốc hội", "correct": True},
                    {"text": "Hội đồng nhân dân", "correct": True},
                    {"text": "Bộ Tư pháp", "correct": False},
                ],
            },
        ),
        (
            "true_false",
            {
                "text": "Công dân đủ 18 tuổi có quyền bầu cử.",
                "points": 4,
                "statement_is_true": True,
            },
        ),
        (
            "single_choice",
            {
                "text": "Cơ quan nào chủ trì phổ biến pháp luật ở tỉnh?",
                "points": 4,
                "options": [
                    {"text": "Sở Tư pháp", "correct": True},
                    {"text": "Sở Tài chính", "correct": False},
                ],
            },
        ),
    ]


class ContestPageFactory(BasePageFactory):
    class Meta:
        model = quizzes.ContestPage

    title = factory.Sequence(lambda n: f"Cuộc thi tìm hiểu pháp luật {n}")
    parent = factory.LazyFunction(home_page)
    organiser = "Sở Tư pháp tỉnh Quảng Ninh"
    requires_cccd = True


class QuizPageFactory(BasePageFactory):
    """A round open from an hour ago to a week ahead, every question drawn in order."""

    class Meta:
        model = quizzes.QuizPage

    title = factory.Sequence(lambda n: f"Tuần {n + 1}")
    parent = factory.SubFactory(ContestPageFactory)
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    time_limit_minutes = 30
    shuffle_questions = False
    shuffle_options = False
    attempts_allowed = 1
    questions = factory.LazyFunction(question_bank)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        page = super()._create(model_class, *args, **kwargs)
        # Read back: question ids are given when the bank is saved.
        return quizzes.QuizPage.objects.get(pk=page.pk)


class ParticipantFactory(DjangoModelFactory):
    class Meta:
        model = quizzes.Participant
        skip_postgeneration_save = True

    phone = factory.Sequence(lambda n: f"09{n:08d}")
    full_name = "Nguyễn Văn An"
    birth_date = datetime.date(1990, 5, 17)
    unit = factory.SubFactory(UnitFactory)
    cccd = factory.Sequence(lambda n: f"{n:012d}")
    consented_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or "mat-khau-du-thi")
        if create:
            self.save()


class QAIndexPageFactory(BasePageFactory):
    class Meta:
        model = qa.QAIndexPage

    title = "Hỏi đáp pháp luật"
    parent = factory.LazyFunction(home_page)


class QuestionAnswerPageFactory(BasePageFactory):
    """A published question and answer; pass ``parent`` (a ``QAIndexPage``)."""

    class Meta:
        model = qa.QuestionAnswerPage

    title = factory.Sequence(lambda n: f"Thủ tục đăng ký kết hôn lần {n}?")
    question_text = "Tôi muốn đăng ký kết hôn thì cần giấy tờ gì và nộp ở đâu?"
    answer = "<p>Theo Điều 18 Luật Hộ tịch, hai bên nộp tờ khai tại UBND cấp xã.</p>"


class QuestionFactory(DjangoModelFactory):
    """A citizen's question as received (state ``new``)."""

    class Meta:
        model = qa.Question

    text = factory.Sequence(lambda n: f"Xin hỏi thủ tục chuyển nhượng quyền sử dụng đất số {n}?")
    asker_name = "Nguyễn Thị Hoa"
    contact_kind = qa.Question.ContactKind.PHONE
    contact = "0912345678"
    contact_hash = factory.LazyAttribute(lambda question: keyed_hash(question.contact))
    consented_at = factory.LazyFunction(timezone.now)


class ExchangePageFactory(BasePageFactory):
    """An online exchange starting in a day; pass ``parent`` (a ``QAIndexPage``)."""

    class Meta:
        model = qa.ExchangePage

    title = factory.Sequence(lambda n: f"Giao lưu trực tuyến về Luật Đất đai {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=1))
    ends_at = factory.LazyAttribute(lambda page: page.starts_at + datetime.timedelta(hours=2))
    video_url = "https://www.youtube.com/watch?v=giaoluu01"
