"""The content API's query parameters, checked in one place for every endpoint (pages,
images, documents, page previews) before Wagtail's pagination and filters read them.

Wagtail converts numbers with ``int()`` and hands field filters to the database as
they come, so an offset past 64 bits, an ``id`` that is not a number or a date that is
no date reached the database and answered 500. Here each is a 400 naming the parameter.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models

from wagtail.api.v2.utils import BadRequestError

# The largest id and offset the databases take (a signed 64-bit integer).
MAX_NUMBER = 2**63 - 1
# Wagtail's numeric parameters, and whether they also take "root" (the site's root page).
NUMBERS = {
    "offset": False,
    "limit": False,
    "id": False,
    "ancestor_of": False,
    "child_of": True,
    "descendant_of": True,
    "translation_of": True,
}


def is_number(value):
    """Whether ``value`` is written as a whole number the database can hold: ASCII
    digits only (``int()`` also takes "²", "٣", "1_000" and " 7")."""
    return (
        value.isascii()
        and value.isdecimal()
        and len(value) <= len(str(MAX_NUMBER))
        and int(value) <= MAX_NUMBER
    )


def check_numbers(query):
    for name, takes_root in NUMBERS.items():
        for value in query.getlist(name):
            if not (is_number(value) or (takes_root and value == "root")):
                raise BadRequestError(f"{name} must be a positive integer (at most {MAX_NUMBER})")


def check_field_filters(query, model, field_names):
    """Each value of a field filter (``?title=``, ``?first_published_at=``,
    ``?cover_image=``…) must be a value of its model field. ``locale`` is no field
    filter: it takes a language code, which Wagtail's own filter reads (as its field
    filter leaves it out)."""
    for name in sorted(set(field_names) & set(query) - {"locale"}):
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.many_to_many or field.one_to_many:
            continue  # tags, matched by name
        if field.is_relation:
            field = field.target_field
        for value in query.getlist(name):
            _check_value(name, field, value)


def _check_value(name, field, value):
    if isinstance(field, models.BooleanField):
        return  # Wagtail's own parse_boolean answers 400 for anything else
    try:
        if value == "" and not field.empty_strings_allowed:
            raise ValidationError(field.error_messages["blank"])
        field.run_validators(field.to_python(value))
    except ValidationError as error:
        reasons = "; ".join(error.messages)
        raise BadRequestError(f"field filter error. invalid value for {name}: {reasons}") from error


class CheckedParametersMixin:
    """For a content API viewset: a 400 for any malformed number or field filter."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_numbers(request.GET)

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        fields = self.get_available_fields(queryset.model, db_fields_only=True)
        check_field_filters(self.request.GET, queryset.model, fields)
