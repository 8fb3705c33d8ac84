"""Re-encrypt the social accounts' tokens under the current ``PERSONAL_DATA_KEY`` after
the key was changed (docs/operations.md, "Personal data key"); safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from delivery.models import SocialAccount


class Command(BaseCommand):
    help = "Mã hóa lại mã truy cập mạng xã hội bằng PERSONAL_DATA_KEY hiện tại, sau khi đổi khóa."

    @transaction.atomic
    def handle(self, *args, **options):
        accounts = list(SocialAccount.objects.exclude(access_token="").select_for_update())
        for account in accounts:
            # Written through the field: encrypted under the current key.
            SocialAccount.objects.filter(pk=account.pk).update(access_token=account.access_token)
        self.stdout.write(f"Đã mã hóa lại mã truy cập của {len(accounts)} tài khoản mạng xã hội.")
