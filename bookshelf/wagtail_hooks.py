from wagtail.snippets.models import register_snippet

from .viewsets import BookshelfViewSetGroup

register_snippet(BookshelfViewSetGroup)
