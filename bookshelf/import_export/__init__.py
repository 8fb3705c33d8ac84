"""Legal documents in and out of the bookshelf as files: JSON Lines or CSV in one schema,
read by ``manage.py import_legal_documents`` and written by ``export_legal_documents``
(the national e-law bookshelf exchanges documents this way). See docs/bookshelf-import.md.
"""
