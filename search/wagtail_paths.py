"""Tree paths in Wagtail's own Elasticsearch index after a move.

Wagtail's Elasticsearch index keeps each page's tree path, and the content API's search
filters on it: ``public()`` leaves out the paths below a view restriction, ``child_of``
and ``descendant_of`` keep the paths below a page. Moving a section rewrites its
descendants' paths in SQL without saving them, so their indexed paths stay where they
were: pages moved out of a restricted section would stay out of the API's search
(pages moved into one are dropped anyway, as Wagtail reads the hits back through the
API's own query). The database backends filter in SQL and need nothing.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType

from modelsearch.backends import get_search_backends
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend

BATCH = 500


def backends_keeping_paths():
    return [
        backend
        for backend in get_search_backends(with_auto_update=True)
        if isinstance(backend, ElasticsearchBaseSearchBackend)
    ]


def reindex_descendants(root_id):
    """Write the pages below ``root_id`` again in every Elasticsearch backend. The page
    itself was saved by the move, which indexed it."""
    from wagtail.models import Page

    backends = backends_keeping_paths()
    root = Page.objects.filter(pk=root_id).only("path", "depth").first()
    if not backends or root is None:
        return
    pages = Page.objects.filter(path__startswith=root.path, depth__gt=root.depth)
    rows = list(pages.values_list("pk", "content_type_id"))
    for start in range(0, len(rows), BATCH):
        by_type = defaultdict(list)
        for pk, content_type_id in rows[start : start + BATCH]:
            by_type[content_type_id].append(pk)
        for content_type_id, ids in by_type.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is None:
                continue
            items = list(model.get_indexed_objects().filter(pk__in=ids))
            for backend in backends:
                backend.get_index_for_model(model).add_items(model, items)
