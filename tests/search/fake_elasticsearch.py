"""A real Elasticsearch client whose HTTP layer is a recorder: no server, no network.

Every request the client would send is kept (method, path, query string, decoded body),
and answered by ``FakeElasticsearch.respond`` (or a handler a test installs), so tests
check what goes over the wire, including what ``elasticsearch.helpers.bulk`` builds.
"""

import json
from dataclasses import dataclass
from urllib.parse import parse_qs

from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders
from elastic_transport._node import NodeApiResponse
from elasticsearch import Elasticsearch


@dataclass
class Request:
    method: str
    path: str
    params: dict
    body: object


def _decode(body, headers):
    if not body:
        return None
    text = body.decode()
    if "ndjson" in (headers or {}).get("content-type", ""):
        return [json.loads(line) for line in text.splitlines() if line]
    return json.loads(text)


def bulk_reply(lines, missing_ids=()):
    """A bulk answer to ``lines``: each action succeeds, deletes of ``missing_ids`` 404."""
    items = []
    for line in lines:
        if len(line) != 1:
            continue  # a document body, not an action
        ((action, meta),) = line.items()
        if action == "delete" and meta["_id"] in missing_ids:
            items.append({action: {"_id": meta["_id"], "status": 404, "result": "not_found"}})
        else:
            items.append({action: {"_id": meta["_id"], "status": 200, "result": "ok"}})
    return 200, {"took": 1, "errors": False, "items": items}


class FakeElasticsearch:
    def __init__(self):
        self.requests = []
        self.existing_indices = set()
        self.handlers = {}  # (method, path) -> callable(request) -> (status, body)
        fake = self

        class RecordingNode(BaseNode):
            _CLIENT_META_HTTP_CLIENT = ("fake", "1")

            def perform_request(self, method, target, body=None, headers=None, **kwargs):
                path, _, query = target.partition("?")
                request = Request(method, path, parse_qs(query), _decode(body, headers))
                fake.requests.append(request)
                status, payload = fake.respond(request)
                meta = ApiResponseMeta(
                    status=status,
                    http_version="1.1",
                    headers=HttpHeaders(
                        {"x-elastic-product": "Elasticsearch", "content-type": "application/json"}
                    ),
                    duration=0.0,
                    node=self.config,
                )
                return NodeApiResponse(
                    meta, b"" if method == "HEAD" else json.dumps(payload).encode()
                )

        self.node_class = RecordingNode
        self.client = Elasticsearch("http://search.invalid:9200", node_class=RecordingNode)

    def respond(self, request):
        handler = self.handlers.get((request.method, request.path))
        if handler:
            return handler(request)
        if request.path.endswith("/_bulk"):
            return bulk_reply(request.body)
        index = request.path.strip("/").split("/")[0]
        if request.method == "HEAD":
            return (200 if index in self.existing_indices else 404), None
        if request.method == "PUT" and "/" not in request.path.strip("/"):
            self.existing_indices.add(index)
            return 200, {"acknowledged": True, "index": index}
        if request.method == "DELETE":
            self.existing_indices.discard(index)
            return 200, {"acknowledged": True}
        return 200, {}

    def sent(self, method, path):
        return [r for r in self.requests if r.method == method and r.path == path]
