"""Stock Wagtail's search on the benchmark's corpus: a plain indexed model, installed only
by the benchmark's settings (``bench.bookshelf.settings``)."""
