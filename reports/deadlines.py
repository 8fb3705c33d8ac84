"""How far a period's deadline is, in the words a reminder and the dashboard use."""


def days_left(period, today):
    """Days from ``today`` to the deadline: 0 on the deadline day, negative after it."""
    return (period.deadline - today).days


def deadline_text(period, today):
    days = days_left(period, today)
    if days > 0:
        return f"còn {days} ngày"
    if days == 0:
        return "hôm nay là ngày cuối cùng"
    return f"đã quá hạn {-days} ngày"
