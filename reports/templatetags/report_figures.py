from django import template

from reports.numbers import grouped

register = template.Library()


@register.filter
def figure(value):
    """1500000 -> "1.500.000" (Vietnamese thousands); None -> "—"."""
    if value is None or value == "":
        return "—"
    return grouped(int(value))


@register.filter
def lookup(mapping, key):
    return mapping.get(key, []) if mapping else []
