"""Vietnamese-aware slugs.

"Luật Đất đai 2024" must become ``luat-dat-dai-2024``. Django's ``slugify`` drops "đ"
(Unicode decomposition does not turn it into "d") and the admin's JavaScript turns it
into "dj"; anyascii transliterates Vietnamese letters correctly, so every slug the
project stores goes through here.
"""

import re

from anyascii import anyascii

from django.utils.text import slugify

_SEPARATORS = re.compile(r"[/\\.,:;]+")


def vietnamese_slugify(value):
    """Return an ASCII slug for ``value``, folding Vietnamese letters first."""
    # Separators inside document numbers ("52/2015/NĐ-CP") become hyphens, not nothing.
    return slugify(_SEPARATORS.sub(" ", anyascii(str(value))))


def unique_slug(instance, source, field="slug"):
    """A Vietnamese slug of ``source`` not yet used by another row of ``instance``'s model."""
    max_length = instance._meta.get_field(field).max_length
    base = vietnamese_slugify(source)[: max_length - 8] or "item"
    others = type(instance)._default_manager.exclude(pk=instance.pk)
    candidate, suffix = base, 1
    while others.filter(**{field: candidate}).exists():
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate
