"""Blocks of a news article body, as the demo data writes them.

Each helper returns a (kind, ...) tuple; builders.news_body turns them into StreamField
data, drawing pictures and printing documents as it goes.
"""


def text(*paragraphs):
    return ("paragraph", list(paragraphs))


def heading(value, level="h2"):
    return ("heading", value, level)


def figure(caption, credit=""):
    """A picture drawn from its caption; the credit defaults to the page's unit."""
    return ("image", caption, credit)


def quote(value, attribution):
    return ("quote", value, attribution)


def table(*rows):
    """A table whose first row is the header."""
    return ("table", [list(row) for row in rows])


def attachment(title, paragraphs):
    """A PDF document printed from ``paragraphs`` and linked from the article."""
    return ("document", title, paragraphs)


def video(youtube_id):
    return ("embed", youtube_id)
