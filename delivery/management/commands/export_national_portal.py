"""Write the province's published activities to a file for the national PBGDPL portal;
by default those of the previous calendar month, for a monthly timer."""

import argparse
import datetime
import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from delivery.portal_export import (
    ACTIVITY_TYPES,
    CONTENT_TYPES,
    DEFAULT_LOCALE,
    LANGUAGE_CODES,
    ExportError,
    build_export,
    previous_month,
    render_export,
)


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” không phải ngày dạng YYYY-MM-DD.") from None


def write_atomically(path, content):
    """Replace ``path`` only once the whole file is written, so that a reader (or the
    next upload) never sees half an export."""
    if not path.parent.is_dir():
        raise CommandError(f"Không có thư mục “{path.parent}”.")
    try:
        _write_then_rename(path, content)
    except OSError as error:
        raise CommandError(f"Không ghi được tệp “{path}”: {error.strerror}.") from error


def _write_then_rename(path, content):
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        # Temporary files are private to their owner; the export is public data.
        temporary.chmod(0o644)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


class Command(BaseCommand):
    help = (
        "Xuất các hoạt động PBGDPL đã xuất bản (JSON hoặc CSV) để nhập vào Cổng PBGDPL "
        "quốc gia. Mặc định: tháng trước."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--from",
            dest="start",
            type=iso_date,
            metavar="YYYY-MM-DD",
            help="Ngày đầu (giờ Việt Nam, tính cả ngày này).",
        )
        parser.add_argument(
            "--to",
            dest="end",
            type=iso_date,
            metavar="YYYY-MM-DD",
            help="Ngày cuối (tính cả ngày này).",
        )
        parser.add_argument(
            "--format", choices=tuple(CONTENT_TYPES), default="json", help="Mặc định: json."
        )
        parser.add_argument(
            "--output", type=Path, metavar="FILE", help="Tệp kết quả; mặc định in ra màn hình."
        )
        parser.add_argument("--unit", metavar="CODE", help="Chỉ xuất của một đơn vị (mã đơn vị).")
        parser.add_argument("--type", choices=tuple(ACTIVITY_TYPES), help="Chỉ xuất một loại.")
        parser.add_argument(
            "--locale", choices=LANGUAGE_CODES, default=DEFAULT_LOCALE, help="Mặc định: vi."
        )

    def handle(self, *args, start, end, output, **options):
        if start is None and end is None:
            start, end = previous_month()
        elif start is None or end is None:
            raise CommandError("Cần cả --from và --to, hoặc bỏ cả hai để xuất tháng trước.")
        try:
            export = build_export(
                start,
                end,
                locale=options["locale"],
                unit=options["unit"],
                activity_type=options["type"],
            )
        except ExportError as error:
            raise CommandError(str(error)) from error
        content = render_export(export, options["format"])
        if output is None:
            self.stdout.write(content, ending="")
            return
        write_atomically(output, content)
        if options["verbosity"] > 0:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Đã xuất {export.count} hoạt động ({start} – {end}) vào “{output}”."
                )
            )
