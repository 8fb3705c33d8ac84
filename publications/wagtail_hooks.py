from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .bookshelf_admin import BookshelfViewSetGroup
from .webhooks.views import WebhookDeliveryViewSet, WebhookSubscriberViewSet

register_snippet(BookshelfViewSetGroup)


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [WebhookSubscriberViewSet(), WebhookDeliveryViewSet()]
