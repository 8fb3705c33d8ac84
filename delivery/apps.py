from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    """What other sites read: the content API, feeds, embeds, webhooks, the national
    portal export, social networks, and audio for commune loudspeakers."""

    name = "delivery"
    verbose_name = "Cung cấp nội dung"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from core import content_version

        from . import content_changes
        from .audio import events as audio_events
        from .models import MachineReading, SocialPost, WebhookDelivery
        from .social import editor_panel, posting
        from .social.permissions import SocialPostPermissionPolicy
        from .webhooks import events
        from .webhooks.permissions import DeliveryLogPermissionPolicy

        content_changes.connect()
        events.connect()
        audio_events.connect()
        # Podcasts list machine readings: one made or removed changes them.
        content_version.watch(MachineReading)
        register_permission_policy(WebhookDelivery, DeliveryLogPermissionPolicy(WebhookDelivery))
        posting.connect()
        editor_panel.add_social_tab()
        register_permission_policy(SocialPost, SocialPostPermissionPolicy(SocialPost))
