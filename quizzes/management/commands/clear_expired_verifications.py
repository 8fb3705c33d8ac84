"""Delete the SMS verifications (registrations and password resets waiting for their
code) whose time is up: run it on a timer, like ``close_rounds``. A registration left
unconfirmed holds personal data, which is kept no longer than its code lasts."""

from django.core.management.base import BaseCommand

from quizzes.verification import clear_expired


class Command(BaseCommand):
    help = "Xóa các mã xác nhận qua tin nhắn đã hết hạn (đăng ký, đặt lại mật khẩu chưa xong)."

    def handle(self, *args, **options):
        deleted = clear_expired()
        if deleted:
            self.stdout.write(f"Đã xóa {deleted} mã xác nhận hết hạn.")
