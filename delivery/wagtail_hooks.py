from wagtail import hooks

from .social import admin_hooks
from .social.views import SocialAccountViewSet, SocialPostViewSet
from .webhooks.views import WebhookDeliveryViewSet, WebhookSubscriberViewSet


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [WebhookSubscriberViewSet(), WebhookDeliveryViewSet()]


@hooks.register("register_admin_viewset")
def register_social_viewsets():
    return [SocialAccountViewSet(), SocialPostViewSet()]


hooks.register("register_page_header_buttons", admin_hooks.page_posts_button)
hooks.register("register_page_listing_more_buttons", admin_hooks.page_posts_button)
hooks.register("after_unpublish_page", admin_hooks.offer_removal)
hooks.register("construct_homepage_panels", admin_hooks.add_token_warnings)
