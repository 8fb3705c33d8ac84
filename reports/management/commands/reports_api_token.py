"""Make a key for the statistics API (``/api/reports/``) acting as a user, shown once;
or, with ``--revoke``, revoke every key of that user."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from reports import roles
from reports.models import ReportsAPIToken


class Command(BaseCommand):
    help = (
        "Tạo mã truy cập API thống kê PBGDPL (/api/reports/) cho một người dùng (mã chỉ "
        "hiện một lần), hoặc thu hồi mọi mã của người đó (--revoke)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--user", required=True, metavar="USERNAME", help="Tên đăng nhập.")
        parser.add_argument(
            "--name", default="", help="Hệ thống nào dùng mã, để sau này nhận ra nó."
        )
        parser.add_argument(
            "--revoke", action="store_true", help="Thu hồi mọi mã của người dùng này."
        )

    def handle(self, *args, user, name, revoke, **options):
        User = get_user_model()
        found = User.objects.filter(**{User.USERNAME_FIELD: user}).first()
        if found is None:
            raise CommandError(f"Không có người dùng “{user}”.")
        if revoke:
            count = ReportsAPIToken.revoke_all(found)
            self.stdout.write(f"Đã thu hồi {count} mã truy cập của “{user}”.")
            return
        if not found.is_active:
            raise CommandError(f"Tài khoản “{user}” đang bị khoá.")
        if not (roles.is_reviewer(found) or roles.reporting_unit_ids(found)):
            raise CommandError(
                f"“{user}” không lập hay tổng hợp báo cáo thống kê: thêm vào nhóm "
                f"“{roles.REVIEWERS_GROUP}”, hoặc vào nhóm “{roles.REPORTERS_GROUP}” và "
                "nhóm biên tập viên của đơn vị, rồi tạo mã."
            )
        _token, key = ReportsAPIToken.issue(found, name)
        scope = "toàn tỉnh" if roles.is_reviewer(found) else "báo cáo của đơn vị mình"
        self.stderr.write(
            f"Mã truy cập API thống kê của “{user}” ({scope}). Mã chỉ hiện một lần, hãy "
            "lưu lại ngay; gửi kèm mỗi yêu cầu: Authorization: Bearer <mã>."
        )
        self.stdout.write(key)
