"""Bulletins in the admin: saving one has it built in the background."""

from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Bulletin


class BulletinViewSet(SnippetViewSet):
    model = Bulletin
    icon = "media"
    menu_label = "Bản tin phát thanh"
    menu_name = "audio_bulletins"
    add_to_admin_menu = True
    menu_order = 310
    list_display = [
        "title",
        "week_starting",
        "status",
        Column("duration_text", label="Thời lượng"),
        "built_at",
    ]
    list_filter = ["status"]
    inspect_view_enabled = True
    inspect_view_fields = ["title", "week_starting", "status", "duration", "problem", "built_at"]
