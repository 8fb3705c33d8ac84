"""Serializer fields that page types name in their ``api_fields``.

Fields that refer to other objects say so in ``collect_references(instances, wanted)``,
which ``References.prepare`` calls for all the instances of a response before any is
serialised, so that what they refer to is loaded once for all of them.
"""

from rest_framework import serializers

from . import stream
from .references import references_of
from .representations import (
    document_representation,
    embed_representation,
    image_representation,
    page_representation,
)
from .rich_text import rich_text_representation


class UnitSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    short_name = serializers.CharField()
    slug = serializers.CharField()
    kind = serializers.CharField()


class LegalFieldSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()


class TagNamesField(serializers.Field):
    """Tags as a sorted list of names (sorted here, so that a prefetch is reused)."""

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


class ReferenceField(serializers.Field):
    """An image, document or page, given by its id and loaded with the whole response;
    ``part`` picks one key of the representation (an image's "renditions")."""

    def __init__(self, kind, part=None, **kwargs):
        self.kind = kind
        self.part = part
        super().__init__(read_only=True, **kwargs)

    def collect_references(self, instances, wanted):
        keys = wanted.keys(self.kind)
        keys.update(self.get_attribute(instance) for instance in instances)
        keys.discard(None)

    def to_representation(self, value):
        references = references_of(self.context)
        if self.kind == "page":
            return page_representation(references.page(value))
        if self.kind == "document":
            return document_representation(references.document(value), self.context)
        representation = image_representation(references.image(value), self.context)
        if self.part and representation is not None:
            return representation[self.part]
        return representation


class EmbedField(serializers.Field):
    """A video or post URL with the embed HTML, title and thumbnail of its provider."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def collect_references(self, instances, wanted):
        wanted.embed_urls.update(self.get_attribute(instance) for instance in instances)

    def to_representation(self, url):
        return embed_representation(url, self.context)


class OriginalFileURLField(serializers.Field):
    """The absolute URL of an image's original file."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, image):
        return references_of(self.context).absolute(image.file.url)


class StreamFieldSerializer(serializers.Field):
    """A StreamField as its blocks represent themselves."""

    def collect_references(self, instances, wanted):
        # Converted for all the instances at once (see stream.py), and kept on them for
        # to_representation.
        values = stream.convert([self.get_attribute(instance) for instance in instances])
        for instance, value in zip(instances, values, strict=True):
            setattr(instance, self.source, value)
            for leaf in stream.leaves(value):
                wanted.block_value(leaf)

    def to_representation(self, value):
        return value.stream_block.get_api_representation(value, self.context)


class RichTextSerializer(serializers.CharField):
    def collect_references(self, instances, wanted):
        for instance in instances:
            wanted.rich_text(self.get_attribute(instance))

    def to_representation(self, value):
        return rich_text_representation(value, self.context)
