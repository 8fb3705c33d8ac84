from datetime import date, time

from django.core.management.base import BaseCommand
from django.utils import timezone

from delivery.social import tasks
from delivery.social.digest import make_digests


class Command(BaseCommand):
    help = (
        "Đăng bản tin hằng ngày lên các mạng xã hội đã bật: tổng hợp các tin xuất bản trong "
        "ngày. Chạy mỗi tối (hoặc mỗi phút với --after); chạy lại trong ngày không đăng trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            type=date.fromisoformat,
            help="Ngày của bản tin (YYYY-MM-DD); mặc định hôm nay.",
        )
        parser.add_argument(
            "--after",
            type=time.fromisoformat,
            help="Không làm gì trước giờ này (HH:MM, giờ Việt Nam): để chạy mỗi phút cùng "
            "các lệnh khác mà bản tin chỉ đăng một lần, sau giờ đã chọn.",
        )

    def handle(self, *args, **options):
        if options["after"] and timezone.localtime().time() < options["after"]:
            return
        posts = make_digests(options["date"])
        tasks.enqueue([post.pk for post in posts])
        if options["verbosity"] > 1 or posts:
            self.stdout.write(f"Đã tạo {len(posts)} bản tin mạng xã hội.")
