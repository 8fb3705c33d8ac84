from django import forms

from wagtail.admin.forms import WagtailAdminModelForm


class SocialAccountForm(WagtailAdminModelForm):
    """A token is typed in, never shown back: the field is always empty, and leaving it
    empty keeps the stored token."""

    new_access_token = forms.CharField(
        label="Mã truy cập mới",
        required=False,
        strip=True,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_access_token"].help_text = (
            f"Mã hiện tại: {self.instance.masked_token}. Dán mã mới do mạng xã hội cấp để "
            "thay; để trống để giữ mã hiện tại. Mã được mã hóa khi lưu và không hiển thị lại."
        )

    def save(self, commit=True):
        token = self.cleaned_data.get("new_access_token")
        if token:
            self.instance.access_token = token
            self.instance.token_rejected_at = None
            self.instance.token_rejected_reason = ""
        return super().save(commit=commit)
