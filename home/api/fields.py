"""Serializer fields that page types name in their ``api_fields``."""

from rest_framework import serializers

from .rich_text import rich_text_representation
from .stream import stream_representation


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
    """An image, document or page, given by its id and loaded with the whole response."""

    def __init__(self, kind, part=None, **kwargs):
        self.kind = kind
        self.part = part
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        references = self.context["references"]
        if self.part:
            return references.image(value, part=self.part)
        return getattr(references, self.kind)(value)


class EmbedField(serializers.Field):
    """A video or post URL with the embed HTML, title and thumbnail of its provider."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, url):
        return self.context["references"].embed(url)


class OriginalFileURLField(serializers.Field):
    """The absolute URL of an image's original file."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, image):
        return self.context["references"].absolute(image.file.url)


class StreamFieldSerializer(serializers.Field):
    def to_representation(self, value):
        return stream_representation(value.stream_block, value.raw_data, self.context)


class RichTextSerializer(serializers.CharField):
    def to_representation(self, value):
        return rich_text_representation(value, self.context)
