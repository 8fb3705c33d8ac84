from django.apps import AppConfig


class PushConfig(AppConfig):
    name = "push"
    verbose_name = "Thông báo đẩy"

    def ready(self):
        from home.personal_data import hashed_on_rotation
        from pwa import worker

        from . import checks, models  # noqa: F401 (registers the system check)
        from .subscriptions import endpoint_hash

        # The site's service worker shows what arrives and hears of a renewed subscription.
        worker.add_script("push/worker-push.js")
        # A new personal data key: devices are found by their endpoint's hash under it.
        hashed_on_rotation(
            models.Subscription,
            "endpoint_hash",
            lambda subscription: endpoint_hash(subscription.endpoint),
        )
