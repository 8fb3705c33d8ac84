"""The page serializer of the content API: Wagtail's, with references resolved in bulk."""

from wagtail.api.v2 import serializers as wagtail_serializers
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

from home.api.fields import ReferenceField, RichTextSerializer, StreamFieldSerializer


def reference_kind(model):
    """The kind of ``References`` placeholder for a foreign key to ``model``, if any."""
    if issubclass(model, get_image_model()):
        return "image"
    if issubclass(model, get_document_model()):
        return "document"
    if issubclass(model, Page):
        return "page"
    return None


class PageSerializer(wagtail_serializers.PageSerializer):
    serializer_field_mapping = {
        **wagtail_serializers.PageSerializer.serializer_field_mapping,
        StreamField: StreamFieldSerializer,
        RichTextField: RichTextSerializer,
    }

    def to_representation(self, instance):
        # Rich text links point at pages in the language of the page being serialised.
        self.context["locale_id"] = instance.locale_id
        return super().to_representation(instance)

    def build_relational_field(self, field_name, relation_info):
        kind = reference_kind(relation_info.related_model)
        if kind and not relation_info.to_many:
            # Read the key column, not the related object, which would cost a query.
            return ReferenceField, {"kind": kind, "source": relation_info.model_field.attname}
        return super().build_relational_field(field_name, relation_info)
