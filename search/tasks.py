"""Index work too large for a request (a renamed document type may name thousands of
documents) runs as a background task."""

from django_tasks import task


@task()
def reindex_objects(kind, object_ids):
    """Objects of a registered source (``registry.Source``), e.g. every document of a
    renamed document type."""
    from .indexing import index_objects

    index_objects(kind, object_ids)


@task()
def reindex_branch(root_id):
    """A large branch that came back to the public (moved, or its restriction lifted)."""
    from .indexing import sync_branch

    sync_branch(root_id)


@task()
def reindex_wagtail_descendants(root_id):
    """Wagtail's own Elasticsearch index after a section moved (``search.wagtail_paths``)."""
    from .wagtail_paths import reindex_descendants

    reindex_descendants(root_id)
