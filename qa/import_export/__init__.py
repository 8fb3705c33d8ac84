"""Existing question and answer pairs into the Q&A section from a JSON Lines or CSV file
(``manage.py import_qa``): all or nothing, every problem listed with its line and column.
See docs/qa-import.md.
"""
