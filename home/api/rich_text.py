"""Rich text in the API, in the format the client asks for (display HTML by default)."""

from wagtail.api.rich_text import APIRichText


def rich_text_representation(db_html, context):
    rich_text_format = context.get("_wagtail_rich_text_format") or APIRichText.get_default_format()
    if rich_text_format == APIRichText.FORMAT_HTML:
        # Expanded for the whole response at once, with absolute links (see References).
        return context["references"].rich_text(db_html, context.get("locale_id"))
    return APIRichText.serialize(db_html, format=rich_text_format)
