"""Remind, by email, the units that have not sent their report, for the periods whose
deadline is near or recently passed. Run it from cron once a day (or more: a unit is
reminded at most once a day)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from reports.deadlines import deadline_text
from reports.models import Period
from reports.reminders import DAYS_AFTER, DAYS_BEFORE, due_periods, send_reminders


class Command(BaseCommand):
    help = (
        "Nhắc các đơn vị chưa gửi báo cáo thống kê PBGDPL, cho các kỳ có hạn gửi trong "
        f"{DAYS_BEFORE} ngày tới hoặc đã qua chưa đến {DAYS_AFTER} ngày. Mỗi đơn vị được "
        "nhắc nhiều nhất một lần một ngày."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--period", metavar="SLUG", help="Chỉ nhắc cho kỳ này, dù hạn gửi còn xa hay đã lâu."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ in những gì sẽ làm, không gửi thư."
        )
        parser.add_argument(
            "--days-before",
            type=int,
            default=DAYS_BEFORE,
            help=f"Nhắc khi hạn gửi còn từ chừng này ngày trở xuống (mặc định {DAYS_BEFORE}).",
        )
        parser.add_argument(
            "--days-after",
            type=int,
            default=DAYS_AFTER,
            help=f"Thôi nhắc khi hạn gửi đã qua chừng này ngày (mặc định {DAYS_AFTER}).",
        )

    def handle(self, *args, period=None, dry_run=False, days_before, days_after, **options):
        today = timezone.localdate()
        if period:
            periods = list(Period.objects.filter(slug=period))
            if not periods:
                raise CommandError(f"Không có kỳ báo cáo mã “{period}”.")
        else:
            periods = list(due_periods(today, days_before, days_after))
        if not periods:
            self.stdout.write("Không có kỳ báo cáo nào cần nhắc hôm nay.")
            return
        prefix = "[Chạy thử, không gửi thư] " if dry_run else ""
        for one in periods:
            result = send_reminders(one, dry_run=dry_run)
            self.stdout.write(
                f"{prefix}Kỳ “{one}” (hạn {one.deadline:%d/%m/%Y}, "
                f"{deadline_text(one, today)}): nhắc {len(result.reminded)} đơn vị, "
                f"{result.people} người."
            )
            for unit, count in result.reminded:
                self.stdout.write(f"  - {unit}: {count} người nhận")
            for unit in result.nobody:
                self.stdout.write(
                    self.style.WARNING(
                        f"  - {unit}: không có ai để gửi (chưa có người lập báo cáo hay "
                        "biên tập viên có email)"
                    )
                )
            for unit in result.already:
                self.stdout.write(f"  - {unit}: đã được nhắc hôm nay, không nhắc lại")
