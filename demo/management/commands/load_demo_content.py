"""Load a realistic Vietnamese demo site: units, sections, published content of every
type with generated media, drafts in the editorial workflow, English translations and
one account per role. Safe to run again: what exists is left alone."""

import logging
import time

from django.core.management.base import BaseCommand
from django.db import transaction

from demo.loader import load_demo_site


class Command(BaseCommand):
    help = "Tải dữ liệu mẫu (đơn vị, chuyên mục, nội dung, tài khoản) để trình diễn."

    def handle(self, *args, **options):
        # Wagtail logs every page it creates, edits and publishes: hundreds of lines here.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        started = time.monotonic()
        try:
            with transaction.atomic():
                summary = load_demo_site()
        finally:
            wagtail_logger.setLevel(level)
        elapsed = time.monotonic() - started
        if options["verbosity"] > 0:
            self._report(summary, elapsed)

    def _report(self, summary, elapsed):
        self.stdout.write(f"Tạo mới {summary.created_pages} trang trong {elapsed:.1f} giây.")
        self.stdout.write(
            f"\n{'Loại trang':<28}{'Đã xuất bản':>12}{'Bản nháp':>10}{'Tiếng Anh':>11}"
        )
        for name, live, drafts, english in summary.pages_by_type:
            self.stdout.write(f"{name:<28}{live:>12}{drafts:>10}{english:>11}")
        self.stdout.write(f"\nẢnh: {summary.images}   Tài liệu: {summary.documents}")
        if summary.translated_pages:
            self.stdout.write(
                f"Dịch sang tiếng Anh {summary.translated_pages} trang "
                f"({summary.untranslated_strings} chuỗi giữ nguyên tiếng Việt)."
            )
        self.stdout.write(
            f"\nTài khoản mẫu (chỉ dùng trên máy cục bộ), mật khẩu chung: {summary.password}"
        )
        for username, role in summary.accounts:
            self.stdout.write(f"  {username:<18}{role}")
        self.stdout.write(self.style.SUCCESS("Đã tải xong dữ liệu mẫu."))
