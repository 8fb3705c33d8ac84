"""Bounds on what reaches Wagtail's search backends, whoever typed it.

The stock backends fail on ordinary input: SQLite's FTS5 on a lone ``"`` or a NUL byte
(the query is spliced into a MATCH expression), every database backend on a thousand
words (one nested expression a word, past Python's recursion limit), PostgreSQL on NUL
bytes, Elasticsearch past its clause limit. Queries keep their first words, without
control characters and double quotes; a quoted phrase from the admin's query parser
stays a phrase.
"""

import copy
import unicodedata

from modelsearch.backends.base import EmptySearchResults
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

# Generous for a search box: a long document title is some thirty words.
MAX_QUERY_WORDS = 32
MAX_QUERY_LENGTH = 255


def bounded_text(text, max_words=MAX_QUERY_WORDS):
    """``text`` with control and invisible characters and double quotes turned into
    spaces, whitespace collapsed, cut to its first ``max_words`` words."""
    cleaned = "".join(
        " " if char == '"' or unicodedata.category(char).startswith("C") else char
        for char in text[: MAX_QUERY_LENGTH * 4]
    )
    return " ".join(cleaned.split()[:max_words])[:MAX_QUERY_LENGTH].strip()


def bounded_query(query, words_left=None):
    """A copy of a ``modelsearch.query`` tree with every text in it bounded, sharing one
    word budget; None when nothing searchable is left."""
    words_left = [MAX_QUERY_WORDS] if words_left is None else words_left
    if isinstance(query, PlainText | Phrase | Fuzzy):
        text = bounded_text(query.query_string, words_left[0])
        if not text:
            return None
        words_left[0] -= len(text.split())
        bounded = copy.copy(query)
        bounded.query_string = text
        return bounded
    if isinstance(query, And | Or):
        parts = [part for part in (bounded_query(q, words_left) for q in query.subqueries) if part]
        return type(query)(parts) if parts else None
    if isinstance(query, Not | Boost):
        inner = bounded_query(query.subquery, words_left)
        if inner is None:
            return None
        bounded = copy.copy(query)
        bounded.subquery = inner
        return bounded
    return query


class BoundedQueryMixin:
    """For a search backend class: bound every query before it is compiled."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        query = bounded_text(query) if isinstance(query, str) else bounded_query(query)
        if query is None:
            return EmptySearchResults()
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
