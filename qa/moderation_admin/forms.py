"""The forms of a question's screen, one per move. Each has its own prefix, so that one
screen holds them all, and one that fails comes back with what was typed."""

from django import forms

from wagtail.snippets.widgets import AdminSnippetChooser

from bookshelf.models import LegalDocument
from home.models import Unit

from ..citations import UnknownArticle, articles_of, cite
from ..models import Question

WHOLE_DOCUMENT = "Cả văn bản"


def _message(label, help_text="", required=True, rows=3):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={"required": "Trường này là bắt buộc."},
    )


class AssignForm(forms.Form):
    prefix = "assign"
    unit = forms.ModelChoiceField(
        label="Giao cho đơn vị",
        queryset=Unit.objects.filter(is_active=True).order_by("sort_order", "name"),
        empty_label="Chọn đơn vị",
        error_messages={"required": "Chọn đơn vị trả lời."},
    )
    message = _message(
        "Ghi chú cho đơn vị",
        "Chỉ cán bộ đọc được; người hỏi không thấy ghi chú này.",
        required=False,
        rows=2,
    )


class ClarifyForm(forms.Form):
    prefix = "clarify"
    message = _message(
        "Đề nghị người hỏi bổ sung",
        "Người hỏi đọc được nội dung này khi tra cứu bằng mã và nhận thông báo.",
    )


class RejectForm(forms.Form):
    prefix = "reject"
    reason = _message(
        "Lý do không tiếp nhận",
        "Người hỏi đọc được lý do này khi tra cứu bằng mã và nhận thông báo.",
    )


class ReopenForm(forms.Form):
    prefix = "reopen"
    message = _message("Ghi chú", "Chỉ cán bộ đọc được.", required=False, rows=2)


class ReturnForm(forms.Form):
    prefix = "return"
    message = _message(
        "Lý do trả lại Ban Biên tập",
        "Ví dụ: câu hỏi không thuộc lĩnh vực của đơn vị; nên giao cho đơn vị nào.",
    )


class AnswerForm(forms.Form):
    prefix = "answer"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["answer"] = Question._meta.get_field("answer").formfield(
            label="Câu trả lời",
            required=True,
            help_text="Trả lời rõ ràng, dẫn điều khoản áp dụng; không ghi thông tin cá nhân "
            "của người hỏi.",
            error_messages={"required": "Nhập câu trả lời."},
        )


class ReferenceForm(forms.Form):
    """A document of the bookshelf, and one of its articles or the whole document."""

    document = forms.ModelChoiceField(
        label="Văn bản",
        queryset=LegalDocument.objects.all(),
        required=False,
        widget=AdminSnippetChooser(LegalDocument),
    )
    article = forms.ChoiceField(
        label="Điều",
        required=False,
        error_messages={"invalid_choice": "Văn bản đã chọn không có điều này; hãy chọn lại điều."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["article"].choices = [("", WHOLE_DOCUMENT), *self._articles()]
        self.fields["article"].widget.attrs["data-qa-article"] = ""

    def _articles(self):
        document = self._document()
        return articles_of(document) if document is not None else []

    def _document(self):
        value = self.data.get(self.add_prefix("document")) if self.is_bound else None
        if not self.is_bound:
            value = self.initial.get("document")
        if isinstance(value, LegalDocument):
            return value
        if value in (None, ""):
            return None
        try:
            return LegalDocument.objects.filter(pk=int(value)).first()
        except (TypeError, ValueError):
            return None

    def clean(self):
        data = super().clean()
        document = data.get("document")
        if document is None:
            if data.get("article"):
                self.add_error("document", "Chọn văn bản của điều được trích dẫn.")
            return data
        try:
            data["citation"] = cite(document, data.get("article"))
        except UnknownArticle as error:
            self.add_error("article", str(error))
        return data


class BaseReferenceFormSet(forms.BaseFormSet):
    def citations(self):
        """The citations of the filled rows, in order, each document and article once."""
        seen, citations = set(), []
        for form in self.forms:
            citation = form.cleaned_data.get("citation") if form.cleaned_data else None
            if citation is None:
                continue
            key = (citation.document.pk, citation.article_anchor)
            if key not in seen:
                seen.add(key)
                citations.append(citation)
        return citations


ReferenceFormSet = forms.formset_factory(
    ReferenceForm, formset=BaseReferenceFormSet, extra=2, max_num=30, validate_max=True
)


def reference_formset(question, data=None):
    initial = [
        {"document": reference.document, "article": reference.article_anchor}
        for reference in question.references.select_related("document")
    ]
    return ReferenceFormSet(data, initial=initial, prefix="references")
