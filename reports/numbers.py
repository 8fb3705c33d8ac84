"""Figures as Vietnamese readers write them: "." between thousands, "," before decimals,
money followed by "đồng"."""

MONEY = "money"


def grouped(value):
    """12500000 → "12.500.000"."""
    text = f"{abs(value):,}".replace(",", ".")
    return f"-{text}" if value < 0 else text


def figure(value, kind):
    """A figure of an indicator of ``kind`` ("count" or "money"); "—" when there is none."""
    if value is None:
        return "—"
    text = grouped(value)
    return f"{text} đồng" if kind == MONEY else text


def percent(part, whole):
    """``part`` as a share of ``whole``, one decimal: "12,5%"; "—" when ``whole`` is 0."""
    if not whole:
        return "—"
    return f"{100 * part / whole:.1f}%".replace(".", ",")


def change(current, previous, kind):
    """How ``current`` moved from ``previous``: "+250.000 đồng (+25,0%)"; "—" when there
    is nothing to compare with, and no percentage when the previous figure was 0."""
    if previous is None or current is None:
        return "—"
    difference = current - previous
    sign = "+" if difference > 0 else ""
    text = f"{sign}{figure(difference, kind)}"
    if previous:
        text += f" ({sign}{percent(difference, previous)})"
    return text
