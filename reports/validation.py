"""The rules a report's figures keep, with messages a unit can act on."""

from collections import defaultdict

from .numbers import grouped


def _format(value, indicator):
    return f"{grouped(value)} {indicator.measure}"


def check_figures(indicators, values):
    """{indicator id: [messages]} for figures that break a rule.

    ``values`` is {indicator id: the figure that counts, or None}. Rules: no figure is
    negative; a part (“trong đó”) is not above its total; when a total's parts do not
    overlap, together they are not above it either. A rule only applies when both
    figures are in the template."""
    errors = defaultdict(list)
    by_id = {indicator.pk: indicator for indicator in indicators}
    parts = defaultdict(list)
    for indicator in indicators:
        value = values.get(indicator.pk)
        if value is not None and value < 0:
            errors[indicator.pk].append(f"“{indicator.name}” không được là số âm.")
        if indicator.parent_id in by_id:
            parts[indicator.parent_id].append(indicator)
    for parent_id, children in parts.items():
        parent = by_id[parent_id]
        total = values.get(parent_id)
        for child in children:
            value = values.get(child.pk)
            if value is None:
                continue
            if total is None:
                if not value:
                    continue
                errors[parent_id].append(
                    f"Nhập “{parent.name}”: đã có “{child.name}” là {_format(value, child)}."
                )
            elif value > total:
                errors[child.pk].append(
                    f"“{child.name}” ({_format(value, child)}) lớn hơn “{parent.name}” "
                    f"({_format(total, parent)})."
                )
        if parent.parts_are_exclusive and total is not None:
            together = sum(values.get(child.pk) or 0 for child in children)
            if together > total:
                names = ", ".join(f"“{child.name}”" for child in children)
                errors[parent_id].append(
                    f"Tổng các phần {names} ({_format(together, parent)}) lớn hơn "
                    f"“{parent.name}” ({_format(total, parent)})."
                )
    return {key: list(dict.fromkeys(messages)) for key, messages in errors.items()}
