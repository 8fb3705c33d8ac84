from django.core.management.base import BaseCommand

from delivery.webhooks.tasks import send_due


class Command(BaseCommand):
    help = (
        "Gửi các webhook đến hạn: lần gửi lại khi hàng đợi tác vụ không hẹn giờ được "
        "(backend immediate) và lần gửi bị gián đoạn. Chạy mỗi phút cùng publish_scheduled."
    )

    def handle(self, *args, **options):
        attempted = send_due()
        if options["verbosity"] > 1 or attempted:
            self.stdout.write(f"Đã thử gửi {attempted} webhook đến hạn.")
