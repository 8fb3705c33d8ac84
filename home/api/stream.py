"""StreamField values in the API.

Each block gives its own representation (``get_api_representation``: see
``home/blocks.py``); this module only makes sure that what the blocks refer to is loaded
for all the pages of a response at once. Left to itself, each page's StreamValue loads
its chooser blocks' objects when first read, with queries of its own for every page of
a listing. ``convert`` converts the stored data of all the pages at once with Wagtail's
``bulk_to_python``, which loads each chooser block's objects in one query, and
``leaves`` walks the result for what the representations need besides (image
renditions, embeds, the links in rich text: see ``references.Wanted``).
"""

from collections.abc import Mapping, Sequence

from wagtail.blocks import StreamValue


def convert(values):
    """The StreamValues of one StreamField of many pages, converted together."""
    stream_block = values[0].stream_block
    return stream_block.bulk_to_python([list(value.raw_data) for value in values])


def leaves(value):
    """Every value inside a StreamField value that is not itself a stream, a list or a
    struct: model instances, rich text, embeds, strings."""
    if isinstance(value, StreamValue):
        for child in value:
            yield from leaves(child.value)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from leaves(item)
    elif isinstance(value, Sequence) and not isinstance(value, str | bytes):
        for item in value:
            yield from leaves(item)
    else:
        yield value
