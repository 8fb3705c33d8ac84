"""Import existing legal questions and answers into the Q&A section."""

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

from bookshelf.import_export.command import FORMAT_NAMES, ImportCommand
from qa.import_export.importer import ImportRejected, import_answers, qa_section


class Command(ImportCommand):
    help = (
        "Nhập các cặp câu hỏi – trả lời pháp luật đã có từ tệp JSON Lines (.jsonl) hoặc CSV "
        "(.csv) thành trang hỏi đáp đã đăng của chuyên mục hỏi đáp. Có dòng lỗi thì không "
        "nhập gì. Nhập lại cùng tệp chỉ cập nhật những câu đã đổi. Xem docs/qa-import.md."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
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

    def handle(self, *args, file, **options):
        file_format = self.file_format(file, options["format"])
        user = self._user(options["user"])
        with self.nothing_saved_on_failure():
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
                    f"{rejected.report.invalid_rows} dòng không hợp lệ trong "
                    f"{rejected.report.rows} dòng: không nhập câu hỏi nào. Sửa tệp rồi nhập lại."
                ) from None
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
        lines = self.dry_run_line(report)
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
