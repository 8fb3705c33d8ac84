from django import forms

from wagtail.admin.forms import WagtailAdminModelForm

from .destinations import RefusedDestination, check
from .signing import generate_secret


class WebhookSubscriberForm(WagtailAdminModelForm):
    regenerate_secret = forms.BooleanField(
        label="Tạo khóa bí mật mới khi lưu",
        required=False,
        help_text=(
            "Khóa hiện tại hết hiệu lực ngay khi lưu: cập nhật khóa mới ở nơi nhận, nếu "
            "không nơi nhận sẽ từ chối các lần gửi sau."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance._state.adding:
            # A new subscriber gets its first secret when it is saved.
            del self.fields["regenerate_secret"]
        if "sections" in self.fields:
            # Sections exist in each language, often under the same title.
            sections = self.fields["sections"]
            sections.queryset = sections.queryset.select_related("locale").order_by("path")
            sections.label_from_instance = lambda section: (
                f"{section.title} ({section.locale.get_display_name()})"
            )

    def clean_url(self):
        url = self.cleaned_data["url"]
        try:
            check(url)
        except RefusedDestination as refusal:
            raise forms.ValidationError(str(refusal), code="internal_address") from refusal
        return url

    def save(self, commit=True):
        if self.cleaned_data.get("regenerate_secret"):
            self.instance.secret = generate_secret()
        return super().save(commit=commit)
