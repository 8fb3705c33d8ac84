"""Send the push reminders that are due (rounds opening, exchanges starting) and the
notices whose retry is due, and drop the notices older than a month. Run every minute
by the scheduler (docs/operations.md)."""

from django.core.management.base import BaseCommand

from push.reminders import send_reminders
from push.sending import prune, send_due


class Command(BaseCommand):
    help = "Gửi thông báo đẩy đến hạn: vòng thi mở, buổi giao lưu bắt đầu, và các lần gửi lại."

    def handle(self, *args, **options):
        reminders = send_reminders()
        retried = send_due()
        prune()
        self.stdout.write(f"{reminders} lời nhắc đã gửi; {retried} thông báo gửi lại thành công.")
