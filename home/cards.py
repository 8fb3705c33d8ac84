"""What a page card shows (``templates/includes/page_card.html``: unit, cover image in
four renditions), loaded for a whole listing at once instead of card by card."""

from wagtail.images import get_image_model

from home.models.taxonomy import Unit

# The renditions the card's {% picture %} tag asks for, spelled as it spells them.
CARD_RENDITIONS = [
    f"format-{image_format}|fill-{size}"
    for image_format in ("webp", "jpeg")
    for size in ("400x225", "800x450")
]


def with_card_data(pages):
    """``pages`` (specific pages) as a list, their units and cover images attached."""
    pages = list(pages)
    unit_ids = {getattr(page, "unit_id", None) for page in pages} - {None}
    image_ids = {getattr(page, "cover_image_id", None) for page in pages} - {None}
    units = Unit.objects.in_bulk(unit_ids) if unit_ids else {}
    images = (
        get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions(*CARD_RENDITIONS)
        if image_ids
        else []
    )
    images = {image.pk: image for image in images}
    for page in pages:
        if getattr(page, "unit_id", None) in units:
            page.unit = units[page.unit_id]
        if getattr(page, "cover_image_id", None) in images:
            page.cover_image = images[page.cover_image_id]
    return pages
