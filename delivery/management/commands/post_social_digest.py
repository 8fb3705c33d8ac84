from datetime import date

from django.core.management.base import BaseCommand

from delivery.social import tasks
from delivery.social.digest import make_digests


class Command(BaseCommand):
    help = (
        "Đăng bản tin hằng ngày lên các mạng xã hội đã bật: tổng hợp các tin xuất bản trong "
        "ngày. Chạy mỗi tối (ví dụ 20:00); chạy lại trong ngày không đăng trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            type=date.fromisoformat,
            help="Ngày của bản tin (YYYY-MM-DD); mặc định hôm nay.",
        )

    def handle(self, *args, **options):
        posts = make_digests(options["date"])
        tasks.enqueue([post.pk for post in posts])
        if options["verbosity"] > 1 or posts:
            self.stdout.write(f"Đã tạo {len(posts)} bản tin mạng xã hội.")
