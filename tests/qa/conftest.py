import pytest

from ..factories import QAIndexPageFactory
from .suggestion_fixtures import (  # noqa: F401 (fixtures of the suggestion tests)
    bookshelf_page,
    family_law_field,
    index_on_commit,
    published_answers,
    shelf_documents,
)


@pytest.fixture
def qa_index(db):
    """The Q&A section, published below the Vietnamese home page."""
    return QAIndexPageFactory()
