from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .broadcast_admin import BroadcastViewSet, make_episode_on_save

register_snippet(BroadcastViewSet)
hooks.register("after_create_snippet", make_episode_on_save)
hooks.register("after_edit_snippet", make_episode_on_save)
