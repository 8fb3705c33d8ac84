"""The legal bookshelf's search benchmark: a synthetic corpus of Vietnamese legal documents,
imported and searched through the project, beside stock Wagtail search on the same data.

``python -m bench.bookshelf.run`` (``make bench-bookshelf``); see bench/README.md.
"""
