"""Index work too large for a request runs as a background task (django-tasks: at once
with the immediate backend, in ``manage.py db_worker`` with the database one)."""

from django_tasks import task


@task()
def reindex_documents(document_ids):
    """Documents written in bulk (an import)."""
    from .indexing import index_documents

    index_documents(document_ids)


@task()
def reindex_answer_pages(page_ids):
    """Answers that came back to the public or left it with their section."""
    from .indexing import index_answer_pages

    index_answer_pages(page_ids)
