from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = "Ấn phẩm pháp luật"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import WebhookDelivery
        from .webhooks import events
        from .webhooks.permissions import DeliveryLogPermissionPolicy

        events.connect()
        register_permission_policy(WebhookDelivery, DeliveryLogPermissionPolicy(WebhookDelivery))
