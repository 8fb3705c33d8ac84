"""StreamField values in the API, built from the stored JSON.

Going through ``StreamValue`` would load each page's images, documents and pages with
queries of its own; walking the raw data instead hands every reference to
``References``, which loads them for the whole response at once.
"""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .rich_text import rich_text_representation


def stream_representation(stream_block, raw_data, context):
    return _represent(stream_block, list(raw_data), context)


def _represent(block, raw, context):
    references = context["references"]
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                "type": child["type"],
                "value": _represent(block.child_blocks[child["type"]], child.get("value"), context),
                "id": child.get("id"),
            }
            for child in raw or []
            if child.get("type") in block.child_blocks
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            _represent(
                block.child_block,
                item["value"] if block._item_is_in_block_format(item) else item,
                context,
            )
            for item in raw or []
        ]
    if isinstance(block, blocks.StructBlock):
        raw = raw or {}
        return {
            name: _represent(child, raw.get(name), context)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, ImageChooserBlock):
        return references.image(raw)
    if isinstance(block, DocumentChooserBlock):
        return references.document(raw)
    if isinstance(block, blocks.PageChooserBlock):
        return references.page(raw)
    if isinstance(block, EmbedBlock):
        return references.embed(raw)
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_representation(raw, context)
    return block.get_api_representation(block.to_python(raw), context)
