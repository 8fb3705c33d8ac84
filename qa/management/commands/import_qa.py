"""Import existing legal questions and answers into the Q&A section."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from qa.import_export.importer import ImportRejected, import_answers, qa_section
from qa.import_export.reading import CSV, JSONL, SourceError, format_for_path

FORMAT_NAMES = {JSONL: "JSON Lines", CSV: "CSV"}
NOTHING_SAVED = "Không có thay đổi nào được lưu."


class Command(BaseCommand):
    help = (
        "Nhập các cặp câu hỏi – trả lời pháp luật đã có từ tệp JSON Lines (.jsonl) hoặc CSV "
        "(.csv) thành trang hỏi đáp đã đăng của chuyên mục hỏi đáp. Có dòng lỗi thì không "
        "nhập gì. Nhập lại cùng tệp chỉ cập nhật những câu đã đổi. Xem docs/qa-import.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="Tệp cần nhập.")
        parser.add_argument(
            "--format",
            choices=(JSONL, CSV),
            help="Định dạng tệp; mặc định theo phần mở rộng (.jsonl, .ndjson, .json, .csv).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Kiểm tra và chạy thử toàn bộ, rồi hoàn tác: không lưu gì.",
        )
        parser.add_argument(
            "--section",
            type=int,
            metavar="ID",
            help="Id của chuyên mục hỏi đáp nhận các câu hỏi (khi có nhiều chuyên mục).",
        )
        parser.add_argument(
            "--user",
            metavar="USERNAME",
            help="Tài khoản quản trị đứng tên đăng các trang (ghi trong lịch sử trang).",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Không hiện thanh tiến trình."
        )

    def handle(self, *args, file, **options):
        file_format = options["format"] or format_for_path(file)
        if file_format is None:
            raise CommandError(
                f"Không biết định dạng của '{file}' theo phần mở rộng; "
                "dùng --format jsonl hoặc --format csv."
            )
        user = self._user(options["user"])
        try:
            report = import_answers(
                file,
                file_format,
                section=qa_section(options["section"]),
                user=user,
                dry_run=options["dry_run"],
                progress=not options["no_progress"],
            )
        except ImportRejected as rejected:
            for error in rejected.report.errors:
                self.stderr.write(error)
            raise CommandError(
                f"{rejected.report.invalid_rows} dòng không hợp lệ trong {rejected.report.rows} "
                f"dòng: không nhập câu hỏi nào. Sửa tệp rồi nhập lại."
            ) from None
        except SourceError as error:
            raise CommandError("\n".join([*error.messages, NOTHING_SAVED])) from None
        except DatabaseError as error:
            raise CommandError(f"Lỗi cơ sở dữ liệu: {error}\n{NOTHING_SAVED}") from error
        except KeyboardInterrupt:
            raise CommandError(f"Đã dừng giữa chừng. {NOTHING_SAVED}", returncode=130) from None
        if options["verbosity"] > 0:
            self._summarise(file, report)

    def _user(self, username):
        if not username:
            return None
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"Không có tài khoản đang hoạt động '{username}'.")
        return user

    def _summarise(self, file, report):
        lines = []
        if report.dry_run:
            lines.append(f"Chạy thử (--dry-run): đã hoàn tác. {NOTHING_SAVED}")
        written = report.created + report.updated
        rate = f", {written / report.seconds:.0f} câu/giây" if written and report.seconds else ""
        lines += [
            f"Tệp '{file}' ({FORMAT_NAMES[report.file_format]}): {report.rows} dòng hợp lệ.",
            f"Chuyên mục “{report.section}”: {report.created} câu hỏi mới, "
            f"{report.updated} cập nhật, {report.unchanged} không đổi.",
            f"Thời gian: {report.seconds:.1f} giây{rate}.",
        ]
        style = self.style.WARNING if report.dry_run else self.style.SUCCESS
        for line in lines:
            self.stdout.write(style(line))
