"""Demo accounts, one per role, sharing one password. For local use only.

Nobody is marked staff: Wagtail lets people into its admin through the
``wagtailadmin.access_admin`` permission their groups carry (the superuser has every
permission), and the project mounts no Django admin.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

PASSWORD = "pbgdpl-demo"  # noqa: S105 (published demo password, local use only)
BOARD_GROUP = "Ban Biên tập"


def _account(username, first_name, last_name, superuser=False):
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
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
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
    }
    accounts["board"][0].groups.add(board)
    accounts["stp"][0].groups.add(units["STP"].editors_group)
    accounts["halong"][0].groups.add(units["HALONG"].editors_group)
    return accounts
