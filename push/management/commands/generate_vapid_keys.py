"""Print a new VAPID pair in the environment's format (docs/push.md)."""

from django.core.management.base import BaseCommand

from push import keys


class Command(BaseCommand):
    help = "In ra một cặp khóa VAPID mới cho thông báo đẩy, dạng biến môi trường."

    def handle(self, *args, **options):
        private, public = keys.generate()
        self.stdout.write(f"WEBPUSH_VAPID_PUBLIC_KEY={public}")
        self.stdout.write(f"WEBPUSH_VAPID_PRIVATE_KEY={private}")
