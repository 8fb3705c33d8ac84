from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .audio import admin_views as audio_admin_views
from .audio import tasks as audio_tasks
from .audio.admin import BulletinViewSet
from .audio.models import Bulletin
from .social import admin_hooks
from .social.views import SocialAccountViewSet, SocialPostViewSet
from .webhooks.views import WebhookDeliveryViewSet, WebhookSubscriberViewSet


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [WebhookSubscriberViewSet(), WebhookDeliveryViewSet()]


register_snippet(BulletinViewSet)


@hooks.register("register_admin_urls")
def register_audio_urls():
    return audio_admin_views.admin_urls()


@hooks.register("register_page_header_buttons")
def audio_page_buttons(page, user, view_name, next_url=None):
    yield from audio_admin_views.header_buttons(page, user, view_name, next_url)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def build_saved_bulletin(request, instance):
    # Every save may change the items or their order: the MP3 is joined again.
    if isinstance(instance, Bulletin):
        audio_tasks.build_after_commit(instance.pk)


@hooks.register("register_admin_viewset")
def register_social_viewsets():
    return [SocialAccountViewSet(), SocialPostViewSet()]


hooks.register("register_page_header_buttons", admin_hooks.page_posts_button)
hooks.register("register_page_listing_more_buttons", admin_hooks.page_posts_button)
hooks.register("after_unpublish_page", admin_hooks.offer_removal)
hooks.register("construct_homepage_panels", admin_hooks.add_token_warnings)
