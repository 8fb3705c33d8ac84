"""The participants' forms. Registering is shared by the contest pages and the API (one
set of checks and messages); the pages add the CAPTCHA and what a phone needs."""

import re

from captcha.fields import CaptchaField

from django import forms
from django.contrib.auth.password_validation import validate_password
from django.utils import timezone
from django.utils.text import capfirst

from home.models import Unit
from home.phones import InvalidPhone, PhoneInput, normalise_phone

from .models import Participant

CCCD = re.compile(r"\d{12}")
CAPTCHA_REFUSED = "Mã kiểm tra không đúng hoặc đã hết hạn; hãy gõ theo ảnh mới."
CODE_ATTRS = {
    "inputmode": "numeric",
    "autocomplete": "one-time-code",
    "pattern": "[0-9]{6}",
    "maxlength": "6",
}


class CalendarDateInput(forms.DateInput):
    """A date picker on phones; it sends ISO dates, whatever the phone shows."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class PhoneField(forms.CharField):
    """Typed as people type it (spaces, +84...); cleaned to ten digits."""

    def __init__(self, **kwargs):
        super().__init__(max_length=32, **kwargs)

    def clean(self, value):
        try:
            return normalise_phone(super().clean(value))
        except InvalidPhone as error:
            raise forms.ValidationError(str(error)) from None


class RegistrationForm(forms.Form):
    """What a participant registers with. Whether the number is registered already is
    not checked here: registering it again is answered as any registration is
    (``quizzes.verification``)."""

    phone = PhoneField(label="số điện thoại di động")
    # PasswordInput: a form shown again after an error never carries the password back.
    password = forms.CharField(
        label="mật khẩu", min_length=8, strip=False, widget=forms.PasswordInput
    )
    full_name = forms.CharField(label="họ và tên", max_length=100)
    birth_date = forms.DateField(label="ngày sinh")
    unit = forms.ModelChoiceField(
        queryset=Unit.objects.filter(is_active=True),
        to_field_name="slug",
        label="đơn vị dự thi",
        error_messages={"invalid_choice": "Không có đơn vị này trong danh sách."},
    )
    cccd = forms.CharField(label="số CCCD", max_length=12, required=False)
    email = forms.EmailField(label="thư điện tử", required=False)
    consent = forms.BooleanField(
        label="Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân của tôi cho cuộc thi.",
        error_messages={"required": "Cần đồng ý xử lý dữ liệu cá nhân để dự thi."},
    )

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
            candidate = Participant(
                phone=cleaned.get("phone", ""),
                full_name=cleaned.get("full_name", ""),
                email=cleaned.get("email", ""),
            )
            try:
                validate_password(password, candidate)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned


class PageRegistrationForm(RegistrationForm):
    """Registration on the contest pages: the same checks, the CAPTCHA as a form field
    (image, key and answer), and inputs that bring up the right keyboard on a phone."""

    captcha = CaptchaField(
        label="mã kiểm tra",
        help_text="Gõ các ký tự trong ảnh.",
        error_messages={"invalid": CAPTCHA_REFUSED},
    )

    def __init__(self, *args, contest=None, **kwargs):
        super().__init__(*args, **kwargs)
        if contest is not None and contest.eligible_units.exists():
            self.fields["unit"].queryset = contest.eligible_units.filter(is_active=True)
        self.fields["phone"].widget = PhoneInput()
        self.fields["birth_date"].widget = CalendarDateInput({"autocomplete": "bday"})
        attrs = {
            "password": {"autocomplete": "new-password"},
            "full_name": {"autocomplete": "name"},
            "cccd": {"inputmode": "numeric", "pattern": "[0-9]{12}", "maxlength": "12"},
            "email": {"autocomplete": "email"},
        }
        for name, field_attrs in attrs.items():
            self.fields[name].widget.attrs.update(field_attrs)
        for field in self.fields.values():
            field.label = capfirst(field.label)
        _label_captcha_box(self)
        self.fields["cccd"].required = bool(contest and contest.requires_cccd)


def _label_captcha_box(form):
    # A label for the box to type in, rather than a fieldset around the picture, the
    # hidden key and the box.
    form.fields["captcha"].widget.use_fieldset = False


class SignInForm(forms.Form):
    phone = forms.CharField(
        label="Số điện thoại",
        max_length=32,
        widget=PhoneInput(),
    )
    password = forms.CharField(
        label="Mật khẩu",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class CodeForm(forms.Form):
    """The code an SMS brought."""

    code = forms.CharField(
        label="Mã xác nhận",
        max_length=12,
        help_text="6 chữ số trong tin nhắn vừa gửi đến điện thoại của bạn.",
        widget=forms.TextInput(attrs=CODE_ATTRS),
    )


class PasswordResetRequestForm(forms.Form):
    """The first step of "quên mật khẩu": the number to send a code to."""

    phone = PhoneField(
        label="Số điện thoại đã đăng ký",
        widget=PhoneInput(),
    )
    captcha = CaptchaField(
        label="Mã kiểm tra",
        help_text="Gõ các ký tự trong ảnh.",
        error_messages={"invalid": CAPTCHA_REFUSED},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _label_captcha_box(self)


class NewPasswordForm(forms.Form):
    """A new password, typed twice; Django's validators run where the account is known
    (``quizzes.accounts``, ``quizzes.verification``)."""

    new_password = forms.CharField(
        label="Mật khẩu mới",
        min_length=8,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    new_password_again = forms.CharField(
        label="Nhập lại mật khẩu mới",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        new, again = cleaned.get("new_password"), cleaned.get("new_password_again")
        if new and again is not None and new != again:
            self.add_error("new_password_again", "Hai lần nhập mật khẩu mới không khớp.")
        return cleaned


class PasswordResetForm(CodeForm, NewPasswordForm):
    """The second step of "quên mật khẩu": the code and the new password."""


class PasswordChangeForm(NewPasswordForm):
    old_password = forms.CharField(
        label="Mật khẩu hiện tại",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    field_order = ["old_password", "new_password", "new_password_again"]
