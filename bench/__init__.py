"""Benchmarks and load tests of the CMS, runnable by one command each (see README.md)."""
