"""``{% push_button kind object_id %}``: the opt-in button of a page. Nothing at all when
push is off (no VAPID keys); subscribe.js shows it only where the browser can push."""

from django import template
from django.template.loader import render_to_string

from push import keys, topics

register = template.Library()


@register.simple_tag(takes_context=True)
def push_button(context, kind, object_id):
    if not keys.enabled() or topics.get(kind) is None or not object_id:
        return ""
    return render_to_string(
        "push/button.html",
        {"kind": kind, "object_id": object_id, "public_key": keys.public_key()},
        request=context.get("request"),
    )
