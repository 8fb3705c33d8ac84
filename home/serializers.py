"""How shared taxonomy appears in the page API."""

from rest_framework import serializers


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
    """Tags as a plain list of names."""

    def to_representation(self, value):
        return [tag.name for tag in value.all()]
