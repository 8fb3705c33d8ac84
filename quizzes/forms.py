"""Registration, shared by the contest pages and the API: one set of checks and messages;
signing in and answering a round, for the contest pages."""

import re

from captcha.fields import CaptchaField

from django import forms
from django.contrib.auth.password_validation import validate_password
from django.utils import timezone
from django.utils.text import capfirst

from home.models import Unit

from .models import Participant
from .phones import InvalidPhone, normalise_phone

CCCD = re.compile(r"\d{12}")


class RegistrationForm(forms.ModelForm):
    # Typed as people type it (spaces, +84...); stored as ten digits.
    phone = forms.CharField(label="số điện thoại di động", max_length=32)
    # PasswordInput: a form shown again after an error never carries the password back.
    password = forms.CharField(
        label="mật khẩu", min_length=8, strip=False, widget=forms.PasswordInput
    )
    unit = forms.ModelChoiceField(
        queryset=Unit.objects.filter(is_active=True),
        to_field_name="slug",
        label="đơn vị dự thi",
        error_messages={"invalid_choice": "Không có đơn vị này trong danh sách."},
    )
    consent = forms.BooleanField(
        label="Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân của tôi cho cuộc thi.",
        error_messages={"required": "Cần đồng ý xử lý dữ liệu cá nhân để dự thi."},
    )

    class Meta:
        model = Participant
        fields = ["phone", "full_name", "birth_date", "unit", "cccd", "email"]

    def clean_phone(self):
        try:
            phone = normalise_phone(self.cleaned_data["phone"])
        except InvalidPhone as error:
            raise forms.ValidationError(str(error)) from None
        if Participant.objects.filter(phone=phone).exists():
            raise forms.ValidationError("Số điện thoại này đã đăng ký; hãy đăng nhập.")
        return phone

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name.split()) < 2:
            raise forms.ValidationError("Nhập đầy đủ họ và tên.")
        return name

    def clean_birth_date(self):
        born = self.cleaned_data["birth_date"]
        today = timezone.localdate()
        if born >= today or born.year < 1900:
            raise forms.ValidationError("Ngày sinh không hợp lệ.")
        return born

    def clean_cccd(self):
        cccd = self.cleaned_data["cccd"].strip()
        if cccd and not CCCD.fullmatch(cccd):
            raise forms.ValidationError("Số CCCD gồm đúng 12 chữ số.")
        return cccd

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password:
            candidate = Participant(phone=cleaned.get("phone", ""))
            try:
                validate_password(password, candidate)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned

    def save(self, commit=True, ip=None, device=""):
        participant = super().save(commit=False)
        participant.set_password(self.cleaned_data["password"])
        participant.consented_at = timezone.now()
        participant.registration_ip = ip
        participant.registration_device = device[:64]
        if commit:
            participant.save()
        return participant


class PageRegistrationForm(RegistrationForm):
    """Registration on the contest pages: the same checks, the CAPTCHA as a form field
    (image, key and answer), and inputs that bring up the right keyboard on a phone."""

    captcha = CaptchaField(
        label="mã xác nhận",
        help_text="Gõ các ký tự trong ảnh.",
        error_messages={"invalid": "Mã xác nhận không đúng hoặc đã hết hạn; hãy gõ mã mới."},
    )

    def __init__(self, *args, contest=None, **kwargs):
        super().__init__(*args, **kwargs)
        if contest is not None and contest.eligible_units.exists():
            self.fields["unit"].queryset = contest.eligible_units.filter(is_active=True)
        attrs = {
            "phone": {"type": "tel", "inputmode": "tel", "autocomplete": "tel"},
            "password": {"autocomplete": "new-password"},
            "full_name": {"autocomplete": "name"},
            "birth_date": {"type": "date", "autocomplete": "bday"},
            "cccd": {"inputmode": "numeric", "pattern": "[0-9]{12}", "maxlength": "12"},
            "email": {"type": "email", "autocomplete": "email"},
        }
        for name, field_attrs in attrs.items():
            self.fields[name].widget.attrs.update(field_attrs)
        for field in self.fields.values():
            field.label = capfirst(field.label)
        # A date input sends ISO dates, whatever the phone shows.
        self.fields["birth_date"].widget.format = "%Y-%m-%d"
        # A label for the box to type in, rather than a fieldset around the picture, the
        # hidden key and the box.
        self.fields["captcha"].widget.use_fieldset = False
        self.fields["cccd"].required = bool(contest and contest.requires_cccd)


class SignInForm(forms.Form):
    phone = forms.CharField(
        label="Số điện thoại",
        max_length=32,
        widget=forms.TextInput(attrs={"type": "tel", "inputmode": "tel", "autocomplete": "tel"}),
    )
    password = forms.CharField(
        label="Mật khẩu",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
