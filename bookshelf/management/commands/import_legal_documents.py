"""Import legal documents into the bookshelf from a JSON Lines or CSV file."""

from django.core.management.base import CommandError

from bookshelf.import_export.command import FORMAT_NAMES, ImportCommand
from bookshelf.import_export.importer import (
    BATCH_SIZE,
    ImportRejected,
    IndexUpdateFailed,
    import_documents,
)


def positive_int(value):
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


class Command(ImportCommand):
    help = (
        "Nhập văn bản pháp luật vào tủ sách từ tệp JSON Lines (.jsonl) hoặc CSV (.csv): "
        "cập nhật theo external_id, nếu không có thì theo số ký hiệu và cơ quan ban hành. "
        "Xem docs/bookshelf-import.md."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Nhập các dòng hợp lệ và bỏ qua dòng lỗi (vẫn liệt kê). Mặc định: "
            "có dòng lỗi thì không nhập gì.",
        )
        parser.add_argument(
            "--batch-size",
            type=positive_int,
            default=BATCH_SIZE,
            help=f"Số văn bản ghi mỗi lần (mặc định {BATCH_SIZE}).",
        )

    def handle(self, *args, file, **options):
        file_format = self.file_format(file, options["format"])
        with self.nothing_saved_on_failure():
            try:
                report = import_documents(
                    file,
                    file_format,
                    dry_run=options["dry_run"],
                    skip_invalid=options["skip_invalid"],
                    progress=not options["no_progress"],
                    batch_size=options["batch_size"],
                )
            except ImportRejected as rejected:
                self._list_errors(rejected.report.errors)
                raise CommandError(
                    f"{rejected.report.invalid_rows} dòng không hợp lệ: không nhập văn bản nào. "
                    "Sửa tệp, hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ."
                ) from None
            except IndexUpdateFailed as failure:
                self._list_errors(failure.report.errors)
                self._summarise(file, failure.report)
                raise CommandError(
                    "Các văn bản đã được lưu, nhưng cập nhật chỉ mục tìm kiếm thất bại: "
                    f"{failure}. Chạy manage.py rebuild_search để dựng lại chỉ mục."
                ) from failure
        self._list_errors(report.errors)
        if options["verbosity"] > 0:
            self._summarise(file, report)

    def _list_errors(self, errors):
        for error in errors:
            self.stderr.write(error)

    def _summarise(self, file, report):
        lines = [
            *self.dry_run_line(report),
            f"Tệp '{file}' ({FORMAT_NAMES[report.file_format]}): "
            f"{report.valid_rows} dòng hợp lệ, {report.invalid_rows} dòng lỗi.",
            f"Văn bản: {report.created} tạo mới, {report.updated} cập nhật, "
            f"{report.unchanged} không đổi, {report.invalid_rows} bỏ qua vì lỗi.",
            f"Tạo mới: {report.new_doc_types} loại văn bản, {report.new_issuers} cơ quan "
            f"ban hành, {report.new_fields} lĩnh vực.",
            f"Quan hệ: {report.relations} ghi mới ({report.relations_linked} đã liên kết "
            f"văn bản); {report.waiting_relations_linked} quan hệ có sẵn được liên kết.",
        ]
        written = report.created + report.updated
        rate = ""
        if written and report.seconds:
            rate = f", {written / report.seconds:.0f} văn bản/giây"
        lines.append(f"Thời gian: {report.seconds:.1f} giây{rate}.")
        style = self.style.WARNING if report.dry_run or report.invalid_rows else self.style.SUCCESS
        for line in lines:
            self.stdout.write(style(line))
