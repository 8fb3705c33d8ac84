"""The admin's forms: every page type's, and the rich text field of every form."""

from django import forms
from django.core.exceptions import ValidationError

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.models import register_form_field_override
from wagtail.fields import RichTextField

from core.rich_text import is_blank

from .unit_permissions import unit_ids_of


class RichTextFormField(forms.CharField):
    """Rich text that shows nothing is empty, so that "required" means some text: the
    editor leaves an empty paragraph behind when its text is deleted."""

    def to_python(self, value):
        value = super().to_python(value)
        return "" if is_blank(value) else value


def use_blank_aware_rich_text():
    """Give every admin form's rich text field the form field above."""
    register_form_field_override(RichTextField, override={"form_class": RichTextFormField})


class UnitPageForm(WagtailAdminPageForm):
    """A unit's editor files a page under one of their own units, theirs by default;
    the board and administrators choose any unit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("unit")
        place = self.instance if self.instance.pk else self.parent_page
        if field is None or self.for_user is None or place is None:
            return
        if not getattr(place.permissions_for_user(self.for_user), "is_unit_bound", False):
            return
        field.queryset = field.queryset.filter(pk__in=unit_ids_of(self.for_user))
        field.empty_label = None
        field.help_text = "Đơn vị thực hiện nội dung; bạn chọn được các đơn vị mình biên tập."
        self.own_units = list(field.queryset)
        if not self.is_bound and not self.instance.unit_id and self.own_units:
            self.initial["unit"] = self.own_units[0].pk

    def clean_unit(self):
        unit = self.cleaned_data.get("unit")
        own_units = getattr(self, "own_units", None)
        if unit is None and own_units:
            # A page of no unit would be out of its editors' reach once saved.
            if len(own_units) > 1:
                raise ValidationError("Chọn đơn vị thực hiện nội dung.")
            unit = own_units[0]
        return unit
