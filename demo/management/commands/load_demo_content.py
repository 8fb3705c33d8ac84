"""Load a realistic Vietnamese demo site: units, sections, published content of every
type with generated media, drafts in the editorial workflow, English translations, the
PBGDPL statistics (activities, periods, unit reports) and one account per role. Safe to
run again: what exists is left alone."""

import logging
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.loader import load_demo_site
from demo.site_address import DEFAULT_ADDRESS, parse_address


class Command(BaseCommand):
    help = "Tải dữ liệu mẫu (đơn vị, chuyên mục, nội dung, tài khoản) để trình diễn."

    def add_arguments(self, parser):
        parser.add_argument(
            "--address",
            default=DEFAULT_ADDRESS,
            help="Địa chỉ máy chủ phát triển sẽ chạy (host:cổng, như của runserver), để các "
            "liên kết tuyệt đối (API, bản tin, sơ đồ trang) trỏ đúng; mặc định "
            f"{DEFAULT_ADDRESS}. Trang đã có tên miền thật thì giữ nguyên.",
        )

    def handle(self, *args, **options):
        try:
            parse_address(options["address"])
        except ValueError as error:
            raise CommandError(str(error)) from error
        # Wagtail logs every page it creates, edits and publishes: hundreds of lines here.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        started = time.monotonic()
        try:
            with transaction.atomic():
                summary = load_demo_site(options["address"])
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
        periods, reports, activities = summary.statistics
        self.stdout.write(
            f"Thống kê PBGDPL: {periods} kỳ báo cáo, {reports} báo cáo của đơn vị, "
            f"{activities} hoạt động đã ghi nhận."
        )
        if summary.audio:
            self.stdout.write(summary.audio)
        if summary.questions:
            states = ", ".join(f"{label} {count}" for label, count in summary.questions.items())
            self.stdout.write(f"Câu hỏi của người dân: {states}.")
        if summary.site_is_local:
            self.stdout.write(f"Địa chỉ trang trong các liên kết: {summary.site_url}/")
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"Trang mặc định có tên miền {summary.site_url}: giữ nguyên, không đổi "
                    "sang địa chỉ của máy chủ phát triển."
                )
            )
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
