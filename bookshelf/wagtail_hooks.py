from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .viewsets import BookshelfViewSetGroup

register_snippet(BookshelfViewSetGroup)


@hooks.register("insert_global_admin_css")
def legal_documents_admin_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("bookshelf/admin/legal-documents.css")
    )
