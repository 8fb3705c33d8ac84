from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    """What other sites read: the content API, feeds, embeds, webhooks and the national
    portal export, social networks."""

    name = "delivery"
    verbose_name = "Cung cấp nội dung"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from . import content_changes
        from .models import SocialPost, WebhookDelivery
        from .social import editor_panel, posting
        from .social.permissions import SocialPostPermissionPolicy
        from .webhooks import events
        from .webhooks.permissions import DeliveryLogPermissionPolicy

        content_changes.connect()
        events.connect()
        register_permission_policy(WebhookDelivery, DeliveryLogPermissionPolicy(WebhookDelivery))
        posting.connect()
        editor_panel.add_social_tab()
        register_permission_policy(SocialPost, SocialPostPermissionPolicy(SocialPost))
