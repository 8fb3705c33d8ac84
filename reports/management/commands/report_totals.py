"""Print or write a period's totals: ``--list`` gives the periods' slugs, one a line;
``--period SLUG --format json|xlsx [--output FILE]`` the totals as JSON (printed, or
written) or as the Ministry forms' workbook (written to FILE, or to standard output when
that is a pipe or a file)."""

import io
import json
import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reports.exports.totals_xlsx import write_totals_xlsx
from reports.figures import period_totals
from reports.models import Period
from reports.totals_json import totals_as_dict

FORMATS = ("json", "xlsx")


class Command(BaseCommand):
    help = (
        "In danh sách kỳ báo cáo (--list), hoặc số liệu tổng hợp của một kỳ "
        "(--period MÃ_KỲ --format json|xlsx [--output TỆP])."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--list",
            dest="list_periods",
            action="store_true",
            help="In mã các kỳ báo cáo, mỗi mã một dòng.",
        )
        parser.add_argument("--period", metavar="SLUG", help="Mã kỳ báo cáo (xem --list).")
        parser.add_argument("--format", default="json", help="json (mặc định) hoặc xlsx.")
        parser.add_argument(
            "--output",
            type=Path,
            metavar="FILE",
            help="Tệp kết quả; mặc định in ra màn hình (xlsx: chỉ khi đầu ra được chuyển "
            "hướng vào tệp hoặc ống).",
        )

    def handle(self, *args, list_periods, period, output, **options):
        if list_periods:
            for slug in Period.objects.order_by("-end", "name").values_list("slug", flat=True):
                self.stdout.write(slug)
            return
        file_format = options["format"]
        if file_format not in FORMATS:
            raise CommandError(f"Định dạng “{file_format}” không hỗ trợ; chọn json hoặc xlsx.")
        if not period:
            raise CommandError("Cần --period MÃ_KỲ (xem các mã bằng --list).")
        found = Period.objects.select_related("template").filter(slug=period).first()
        if found is None:
            raise CommandError(f"Không có kỳ báo cáo mã “{period}” (xem các mã bằng --list).")
        binary = file_format == "xlsx"
        if binary and output is None and not self._takes_bytes():
            raise CommandError(
                "Tệp Excel không in ra màn hình được: dùng --output TỆP, hoặc chuyển hướng "
                "đầu ra vào tệp (> tong-hop.xlsx)."
            )
        totals = period_totals(found)
        if binary:
            stream = io.BytesIO()
            write_totals_xlsx(totals, stream)
            content = stream.getvalue()
        else:
            text = json.dumps(totals_as_dict(totals), ensure_ascii=False, indent=2) + "\n"
            content = text.encode("utf-8")
        if output is None:
            self._write_stdout(content)
            return
        write_atomically(output, content)
        if options["verbosity"] > 0:
            self.stdout.write(
                self.style.SUCCESS(f"Đã ghi số liệu kỳ “{found.name}” vào “{output}”.")
            )

    def _takes_bytes(self):
        """Whether standard output is a file or a pipe, not a terminal nor a text stream."""
        return getattr(self.stdout, "buffer", None) is not None and not self.stdout.isatty()

    def _write_stdout(self, content):
        """The bytes as they are (UTF-8 JSON whatever the terminal's locale says), or the
        text to a stream that holds only text."""
        buffer = getattr(self.stdout, "buffer", None)
        if buffer is None:
            self.stdout.write(content.decode("utf-8"), ending="")
            return
        self.stdout.flush()
        buffer.write(content)
        buffer.flush()


def write_atomically(path, content):
    """Replace ``path`` only once the whole file is written."""
    if not path.parent.is_dir():
        raise CommandError(f"Không có thư mục “{path.parent}”.")
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        temporary.chmod(0o644)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise CommandError(f"Không ghi được tệp “{path}”: {error.strerror}.") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
