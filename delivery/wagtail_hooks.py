from wagtail import hooks

from .webhooks.views import WebhookDeliveryViewSet, WebhookSubscriberViewSet


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [WebhookSubscriberViewSet(), WebhookDeliveryViewSet()]
