"""Signals other apps may listen to; the bookshelf imports none of them."""

from django.dispatch import Signal

# Sent once an import of legal documents has committed, with ``document_ids``: every
# document it created or changed. Imports write in bulk, so no ``post_save`` is sent
# for those documents.
documents_imported = Signal()
