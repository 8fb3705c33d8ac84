import pytest

from ..factories import QAIndexPageFactory


@pytest.fixture
def qa_index(db):
    """The Q&A section, published below the Vietnamese home page."""
    return QAIndexPageFactory()
