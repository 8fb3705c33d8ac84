"""The "Mạng xã hội" tab of content pages' editor, added from here.

Content page types live in lower layers (publications, qa…), which may not know this
app; this app may know them. So the tab is added to their edit handlers when the app
is ready, before the admin builds (and caches) any of them: the page types stay
unaware of social networks, and the choices are kept with the page's revisions, so a
draft's choices take effect when the page is published.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy

from modelcluster.forms import BaseChildFormSet
from wagtail.admin.panels import InlinePanel, ObjectList, TabbedInterface
from wagtail.models import get_page_models

from home.models import BasePage

SOCIAL_TAB = "Mạng xã hội"


class OneRowPerNetwork(BaseChildFormSet):
    """A page goes to each network once: a second row for the same network would post
    twice, or leave the editor wondering which text goes out."""

    def clean(self):
        super().clean()
        chosen = set()
        for form in self.forms:
            if not form.has_changed() or self._should_delete_form(form):
                continue
            network = form.cleaned_data.get("network")
            if network in chosen:
                form.add_error(
                    "network",
                    ValidationError(
                        "Mạng này đã được chọn ở một dòng khác; mỗi mạng chỉ đăng một lần.",
                        code="repeated",
                    ),
                )
            chosen.add(network)


class SocialPostsPanel(InlinePanel):
    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = OneRowPerNetwork
        return options


def social_panel():
    return SocialPostsPanel(
        "social_posts",
        heading="Đăng lên mạng xã hội",
        label="mạng xã hội",
        help_text="Chọn mạng sẽ đăng khi trang được xuất bản (hoặc vào giờ hẹn). Để trống "
        "nội dung để dùng phần tóm tắt kèm thẻ dạng #hashtag. Xuất bản lại chỉ đăng lại khi "
        "nội dung đăng đã đổi.",
    )


def content_page_models():
    return [
        model
        for model in get_page_models()
        if issubclass(model, BasePage) and getattr(model, "is_content_page", False)
    ]


def add_social_tab():
    for model in content_page_models():
        if "edit_handler" in model.__dict__:
            continue
        tabs = [
            ObjectList(model.content_panels, heading=gettext_lazy("Content")),
            ObjectList(model.promote_panels, heading=gettext_lazy("Promote")),
            ObjectList([social_panel()], heading=SOCIAL_TAB),
        ]
        if model.settings_panels:
            tabs.append(ObjectList(model.settings_panels, heading=gettext_lazy("Settings")))
        model.edit_handler = TabbedInterface(tabs, base_form_class=model.base_form_class)
        # A copied page starts without the original's choices.
        model.exclude_fields_in_copy = [*model.exclude_fields_in_copy, "social_posts"]
