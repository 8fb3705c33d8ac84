"""Benchmark of the Q&A suggestions while typing (``make bench-qa``)."""
