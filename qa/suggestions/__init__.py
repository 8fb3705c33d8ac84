"""Suggestions while a citizen types a legal question: published answers and articles of
the bookshelf's documents that share its words (``query``), from an index of their own
(``qa.models.suggestions``) kept in step by ``signals`` and rebuilt by
``manage.py rebuild_qa_suggestions``."""

from .query import similar_answers, suggest

__all__ = ["similar_answers", "suggest"]
