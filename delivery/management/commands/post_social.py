from django.core.management.base import BaseCommand

from delivery.social.tasks import send_due


class Command(BaseCommand):
    help = (
        "Đăng các bài mạng xã hội đến hạn: bài hẹn giờ và lần đăng lại khi hàng đợi tác vụ "
        "không hẹn giờ được (backend immediate). Chạy mỗi phút cùng publish_scheduled."
    )

    def handle(self, *args, **options):
        attempted = send_due()
        if options["verbosity"] > 1 or attempted:
            self.stdout.write(f"Đã thử đăng {attempted} bài mạng xã hội đến hạn.")
