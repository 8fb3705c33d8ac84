"""Who may do what with the statistics.

- A unit's **reporters** are its editors (``home.unit_permissions.unit_ids_of``) who
  also hold ``reports.prepare_unitreport`` (the group ``REPORTERS_GROUP``): they record
  the unit's activities and prepare, edit and send its reports, and see no other unit's.
- The Department of Justice's **reviewers** hold ``reports.review_unitreport`` (the
  group ``REVIEWERS_GROUP``): they see every report, accept or return sent ones, remind
  units, read the dashboard and the exports, and keep the periods and indicators.
"""

from home.unit_permissions import unit_ids_of

# Made by migration reports/0002; administrators add people to them.
REPORTERS_GROUP = "Thống kê PBGDPL: người lập báo cáo của đơn vị"
REVIEWERS_GROUP = "Thống kê PBGDPL: Sở Tư pháp tổng hợp"


def is_reviewer(user):
    return user.is_active and user.has_perm("reports.review_unitreport")


def reporting_unit_ids(user):
    """The units whose reports ``user`` prepares."""
    if not (user.is_active and user.has_perm("reports.prepare_unitreport")):
        return frozenset()
    return unit_ids_of(user)


def recording_unit_ids(user):
    """The units whose activities ``user`` records."""
    if not (user.is_active and user.has_perm("reports.add_activityrecord")):
        return frozenset()
    return unit_ids_of(user)


def may_prepare(user, report):
    return report.unit_id in reporting_unit_ids(user)


def may_view(user, report):
    return is_reviewer(user) or may_prepare(user, report)
