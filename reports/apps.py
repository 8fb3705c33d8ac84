from django.apps import AppConfig


class ReportsConfig(AppConfig):
    """PBGDPL statistics: activity records, unit reports by period, provincial totals."""

    name = "reports"
    verbose_name = "Thống kê PBGDPL"
