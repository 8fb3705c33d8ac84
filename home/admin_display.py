"""How the admin's inspect views show model fields that Wagtail shows poorly."""

from django.utils import formats, timezone
from django.utils.html import conditional_escape

from wagtail.admin.ui.fields import BaseFieldDisplay


class LocalDateTimeDisplay(BaseFieldDisplay):
    """A moment in the admin's time zone, formatted as the listings format it.

    Wagtail's inspect template passes the value through ``|localize`` alone, which does
    not convert it from UTC: a delivery made at 03:09 in Hạ Long showed as 20:09 the day
    before, beside a listing that said 03:09.
    """

    def render_html(self, parent_context):
        if self.value is None:
            return "-"
        return conditional_escape(formats.localize(timezone.localtime(self.value)))
