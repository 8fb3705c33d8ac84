"""The form a unit fills in: one figure (and, for a computed one, an explanation) per
indicator of the period's template."""

import re

from django import forms

from .models import Indicator
from .numbers import grouped

# Vietnamese writes thousands with dots (1.500.000) and decimals with a comma; people also
# type spaces between thousands.
_GROUPED = re.compile(r"^\d{1,3}([. ]\d{3})+$")
_PLAIN = re.compile(r"^\d+$")
_FRACTION = re.compile(r"^\d[\d. ]*,\d+$|^\d+\.\d{1,2}$")
# A figure above this is a typing slip (a hundred thousand billion đồng).
LARGEST = 10**14


class WholeNumberField(forms.CharField):
    """A whole, non-negative figure; empty means “not entered”."""

    def __init__(self, *, money=False, **kwargs):
        self.money = money
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "size": 14}),
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        text = (super().to_python(value) or "").strip()
        if not text:
            return None
        if text.startswith("-"):
            raise forms.ValidationError("Không nhập số âm.", code="negative")
        if _FRACTION.match(text):
            raise forms.ValidationError(
                "Kinh phí tính bằng đồng, không có phần lẻ: nhập ví dụ 1.500.000."
                if self.money
                else "Nhập số nguyên, không có phần lẻ.",
                code="fraction",
            )
        if _GROUPED.match(text):
            text = text.replace(".", "").replace(" ", "")
        if not _PLAIN.match(text):
            raise forms.ValidationError(
                "Nhập một số nguyên, ví dụ 1250 hoặc 1.250.", code="invalid"
            )
        number = int(text)
        if number > LARGEST:
            raise forms.ValidationError("Số quá lớn; hãy kiểm tra lại.", code="too_large")
        return number


class ReportForm(forms.Form):
    notes = forms.CharField(
        label="Thuyết minh của đơn vị",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Kết quả nổi bật, khó khăn, kiến nghị.",
    )

    def __init__(self, rows, *args, notes="", **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        self.fields["notes"].initial = notes
        for row in rows:
            indicator = row.indicator
            money = indicator.kind == Indicator.Kind.MONEY
            field = WholeNumberField(
                money=money, label=f"{indicator.name} ({indicator.measure})", initial=_shown(row)
            )
            self.fields[value_name(indicator)] = field
            if row.is_automatic:
                self.fields[explanation_name(indicator)] = forms.CharField(
                    label=f"Giải trình “{indicator.name}”",
                    required=False,
                    initial=row.explanation,
                    max_length=2000,
                    widget=forms.Textarea(attrs={"rows": 2}),
                )

    def entries(self):
        """{indicator id: (figure or None, explanation)} from the cleaned data."""
        return {
            row.indicator.pk: (
                self.cleaned_data.get(value_name(row.indicator)),
                self.cleaned_data.get(explanation_name(row.indicator), ""),
            )
            for row in self.rows
        }

    def bound_rows(self):
        """(row, value field, explanation field or None) for the template."""
        return [
            (
                row,
                self[value_name(row.indicator)],
                self[explanation_name(row.indicator)] if row.is_automatic else None,
            )
            for row in self.rows
        ]


def value_name(indicator):
    return f"value_{indicator.pk}"


def explanation_name(indicator):
    return f"why_{indicator.pk}"


def _shown_number(value):
    return "" if value is None else grouped(value)


def _shown(row):
    return _shown_number(row.entered)
