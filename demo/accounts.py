"""Demo accounts, one per role, sharing one password. For local use only. The other
units' statistics reporters, who only author the history of the demo's reports, cannot
sign in.

Nobody is marked staff: Wagtail lets people into its admin through the
``wagtailadmin.access_admin`` permission their groups carry (the superuser has every
permission), and the project mounts no Django admin.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from reports.roles import REPORTERS_GROUP, REVIEWERS_GROUP

PASSWORD = "pbgdpl-demo"  # noqa: S105 (published demo password, local use only)
BOARD_GROUP = "Ban Biên tập"


def _account(username, first_name, last_name, superuser=False, signs_in=True):
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "is_superuser": superuser,
            "is_staff": False,
        },
    )
    if created:
        # Hashing is slow on purpose; on later runs the account keeps its password.
        if signs_in:
            user.set_password(PASSWORD)
        else:
            user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def unit_reporter(unit, username, signs_in=True):
    """Someone who prepares ``unit``'s PBGDPL statistics: one of its editors who also
    holds the reporters' right. Without ``signs_in`` the account only authors the
    history of the demo's reports."""
    user = _account(username, "Thống kê", unit.name, signs_in=signs_in)
    user.groups.add(unit.editors_group, Group.objects.get(name=REPORTERS_GROUP))
    return user


def load_accounts(units):
    """Create the demo accounts; return them by role, with a printable description."""
    board = Group.objects.get(name=BOARD_GROUP)
    accounts = {
        "admin": (_account("admin", "Quản trị", "hệ thống", superuser=True), "Quản trị hệ thống"),
        "board": (
            _account("banbientap", "Thành viên", "Ban Biên tập"),
            f"Ban Biên tập (nhóm “{board.name}”)",
        ),
        "stp": (
            _account("bientap.stp", "Biên tập viên", units["STP"].name),
            f"Biên tập viên {units['STP'].name}",
        ),
        "halong": (
            _account("bientap.halong", "Biên tập viên", units["HALONG"].name),
            f"Biên tập viên {units['HALONG'].name}",
        ),
        "halong_statistics": (
            unit_reporter(units["HALONG"], "thongke.halong"),
            f"Lập báo cáo thống kê PBGDPL của {units['HALONG'].name}",
        ),
        "statistics_reviewer": (
            _account("thongke.stp", "Tổng hợp thống kê", units["STP"].name),
            f"{units['STP'].name} tổng hợp thống kê PBGDPL: chấp nhận, trả lại báo cáo",
        ),
    }
    accounts["board"][0].groups.add(board)
    accounts["stp"][0].groups.add(units["STP"].editors_group)
    accounts["halong"][0].groups.add(units["HALONG"].editors_group)
    accounts["statistics_reviewer"][0].groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    return accounts
