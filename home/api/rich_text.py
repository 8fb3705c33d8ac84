"""Rich text in the API, in the format the client asks for (display HTML by default)."""

from wagtail.api.rich_text import APIRichText

from .references import references_of


def rich_text_format(context):
    """The format this response gives rich text in: the one the viewset resolved, or for
    other callers the request's ``?rich_text_format=``, as Wagtail's blocks read it."""
    context = context or {}
    resolved = context.get("_wagtail_rich_text_format")
    if resolved:
        return resolved
    request = context.get("request")
    return APIRichText.resolve_format(request.GET.get("rich_text_format") if request else None)


def rich_text_representation(db_html, context):
    text_format = rich_text_format(context)
    if text_format == APIRichText.FORMAT_HTML:
        # Links resolved from the pages and documents loaded for the whole response,
        # pointing at pages in the language of the page being serialised.
        return references_of(context).display_html(db_html, (context or {}).get("locale_id"))
    return APIRichText.serialize(db_html, format=text_format)
