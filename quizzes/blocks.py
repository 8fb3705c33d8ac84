"""The question bank of a round: single choice, multiple choice and true/false questions.

Each question keeps its StreamField block id for life, so an attempt drawn before an
editor fixes a typo still scores against the same question. The correct answers live
only in these blocks; nothing that leaves the server before the round closes reads
them (``quizzes.drawing`` hands out questions without them), and the blocks' own API
representation leaves them out too.
"""

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import RichTextBlock

SINGLE_CHOICE = "single_choice"
MULTIPLE_CHOICE = "multiple_choice"
TRUE_FALSE = "true_false"
# The options a true/false question shows, in this order; option 0 is "Đúng".
TRUE_FALSE_OPTIONS = ("Đúng", "Sai")


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="phương án", max_length=500)
    correct = blocks.BooleanBlock(label="là đáp án đúng", required=False)

    class Meta:
        icon = "radio-full"

    def get_api_representation(self, value, context=None):
        # Whether an option is right is for scoring, and for the answer sheet once the
        # round has closed (quizzes.scoring), never for a representation.
        return {"text": value["text"]}


class QuestionBlock(blocks.StructBlock):
    """What every question has."""

    # Left out of the API representation: they give the answer away.
    answer_fields = ("explanation",)

    text = blocks.TextBlock(label="câu hỏi")
    points = blocks.IntegerBlock(label="điểm", min_value=0, max_value=100, default=4)
    explanation = RichTextBlock(
        label="giải thích",
        required=False,
        features=["bold", "italic", "link"],
        help_text="Hiện cho người dự thi sau khi vòng thi kết thúc, nếu vòng thi cho phép.",
    )
    legal_document = SnippetChooserBlock(
        "bookshelf.LegalDocument",
        label="văn bản pháp luật",
        required=False,
        help_text="Văn bản mà câu hỏi kiểm tra hiểu biết.",
    )

    def get_api_representation(self, value, context=None):
        return {
            name: representation
            for name, representation in super().get_api_representation(value, context).items()
            if name not in self.answer_fields
        }


class ChoiceQuestionBlock(QuestionBlock):
    """A question with options; ``one_answer`` says whether exactly one is correct."""

    options = blocks.ListBlock(OptionBlock(), label="các phương án", min_num=2, max_num=10)
    one_answer = True

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        if self.one_answer and correct != 1:
            message = "Câu hỏi một lựa chọn cần đúng một đáp án đúng."
        elif correct < 1:
            message = "Cần ít nhất một đáp án đúng."
        else:
            return value
        raise StructBlockValidationError(block_errors={"options": ValidationError(message)})


class SingleChoiceBlock(ChoiceQuestionBlock):
    class Meta:
        label = "Một lựa chọn"
        icon = "radio-full"


class MultipleChoiceBlock(ChoiceQuestionBlock):
    one_answer = False

    class Meta:
        label = "Nhiều lựa chọn"
        icon = "tasks"


class TrueFalseBlock(QuestionBlock):
    statement_is_true = blocks.BooleanBlock(
        label="nhận định này đúng", required=False, help_text="Bỏ chọn nếu nhận định sai."
    )

    answer_fields = (*QuestionBlock.answer_fields, "statement_is_true")

    class Meta:
        label = "Đúng/Sai"
        icon = "help"


class QuestionBankBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()
    true_false = TrueFalseBlock()
