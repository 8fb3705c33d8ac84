"""Export the bookshelf's published legal documents in the import schema."""

import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from bookshelf.import_export.exporter import documents_for_export, write_documents
from bookshelf.import_export.names import AmbiguousName, NameMatcher
from bookshelf.import_export.schema import FORMATS, JSONL, format_for_path
from bookshelf.models import EffectStatus
from home.models import LegalField

STDOUT = "-"


class _CommandOutput:
    """A text stream over the command's stdout, which otherwise ends every write with a
    new line."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def write(self, text):
        self.wrapper.write(text, ending="")


class Command(BaseCommand):
    help = (
        "Xuất các văn bản pháp luật đã xuất bản (JSON Lines hoặc CSV) theo lược đồ của "
        "lệnh import_legal_documents, cho Tủ sách pháp luật điện tử quốc gia."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--format",
            choices=FORMATS,
            help="Mặc định: theo phần mở rộng của --output, nếu không thì jsonl.",
        )
        parser.add_argument(
            "--output",
            default=STDOUT,
            metavar="FILE",
            help="Tệp kết quả; '-' (mặc định) in ra màn hình.",
        )
        parser.add_argument(
            "--status",
            action="append",
            default=[],
            help="Chỉ xuất văn bản có tình trạng hiệu lực này (mã hoặc tên); lặp lại được.",
        )
        parser.add_argument(
            "--field",
            action="append",
            default=[],
            metavar="NAME",
            help="Chỉ xuất văn bản thuộc lĩnh vực này (tên); lặp lại được.",
        )

    def handle(self, *args, output, **options):
        file_format = options["format"] or (format_for_path(output) if output != STDOUT else None)
        documents = documents_for_export(
            statuses=[_status(value) for value in options["status"]],
            field_ids=_field_ids(options["field"]),
        )
        if output == STDOUT:
            count = write_documents(documents, _CommandOutput(self.stdout), file_format or JSONL)
            if options["verbosity"] > 1:
                self.stderr.write(f"Đã xuất {count} văn bản.", style_func=lambda text: text)
            return
        count = _write_file(Path(output), documents, file_format or JSONL)
        if options["verbosity"] > 0:
            self.stdout.write(self.style.SUCCESS(f"Đã xuất {count} văn bản vào '{output}'."))


def _status(value):
    status = EffectStatus.parse(value)
    if status is None:
        choices = ", ".join(status.value for status in EffectStatus)
        raise CommandError(f"'{value}' không phải tình trạng hiệu lực ({choices}).")
    return status.value


def _field_ids(names):
    if not names:
        return []
    matcher, ids = NameMatcher(LegalField), []
    for name in names:
        try:
            entry = matcher.find(name)
        except AmbiguousName as ambiguous:
            raise CommandError(f"Lĩnh vực '{name}' khớp với nhiều tên: {ambiguous}.") from None
        if entry is None:
            raise CommandError(f"Không có lĩnh vực '{name}'.")
        ids.append(entry.pk)
    return ids


def _write_file(path, documents, file_format):
    """Write the export beside ``path`` and rename it into place once complete, so that
    a reader never sees half a file."""
    if not path.parent.is_dir():
        raise CommandError(f"Không có thư mục '{path.parent}'.")
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            count = write_documents(documents, handle, file_format)
            handle.flush()
            os.fsync(handle.fileno())
        # Temporary files are private to their owner; the export is public data.
        temporary.chmod(0o644)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise CommandError(f"Không ghi được tệp '{path}': {error.strerror}.") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count
