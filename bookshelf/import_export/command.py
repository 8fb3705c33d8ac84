"""What the import commands share: the file and how to read it, a dry run, the progress
bar, and what a failure that saved nothing tells the operator."""

import contextlib

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from .reading import SourceError
from .schema import CSV, FORMATS, JSONL, format_for_path

FORMAT_NAMES = {JSONL: "JSON Lines", CSV: "CSV"}
NOTHING_SAVED = "Không có thay đổi nào được lưu."


class ImportCommand(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="Tệp cần nhập.")
        parser.add_argument(
            "--format",
            choices=FORMATS,
            help="Định dạng tệp; mặc định theo phần mở rộng (.jsonl, .ndjson, .json, .csv).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Kiểm tra và chạy thử toàn bộ, rồi hoàn tác: không lưu gì.",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Không hiện thanh tiến trình."
        )

    def file_format(self, file, chosen):
        file_format = chosen or format_for_path(file)
        if file_format is None:
            raise CommandError(
                f"Không biết định dạng của '{file}' theo phần mở rộng; "
                "dùng --format jsonl hoặc --format csv."
            )
        return file_format

    @contextlib.contextmanager
    def nothing_saved_on_failure(self):
        """An unreadable file, a database error or Ctrl-C: the import's transaction was
        rolled back, and the operator is told so."""
        try:
            yield
        except SourceError as error:
            raise CommandError("\n".join([*error.messages, NOTHING_SAVED])) from None
        except DatabaseError as error:
            raise CommandError(f"Lỗi cơ sở dữ liệu: {error}\n{NOTHING_SAVED}") from error
        except KeyboardInterrupt:
            raise CommandError(f"Đã dừng giữa chừng. {NOTHING_SAVED}", returncode=130) from None

    def dry_run_line(self, report):
        return [f"Chạy thử (--dry-run): đã hoàn tác. {NOTHING_SAVED}"] if report.dry_run else []
