"""How long a question has waited, in words an editor reads at a glance."""

from django import template

register = template.Library()


@register.filter
def waited_text(waited):
    """ "3 ngày 4 giờ", "5 giờ", "12 phút" for a timedelta; "" for None."""
    if waited is None:
        return ""
    minutes = max(int(waited.total_seconds() // 60), 0)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} ngày {hours} giờ" if hours else f"{days} ngày"
    if hours:
        return f"{hours} giờ"
    return f"{minutes} phút"


@register.filter
def get_form(forms, name):
    """The form named ``name`` of a dict of forms."""
    return forms.get(name)
