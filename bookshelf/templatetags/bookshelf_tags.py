from django import template

from ..models.bookshelf_page import introduced_documents

register = template.Library()


@register.simple_tag
def introduced_legal_documents(page):
    """The published legal documents ``page`` introduces (its "Văn bản pháp luật được
    giới thiệu"), for content page templates, which the bookshelf app does not own."""
    return introduced_documents(page)
