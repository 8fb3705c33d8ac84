"""Make one backend's database ready to measure, then count what one request costs.

``python -m bench.prepare --pages N OUTPUT`` (run by ``bench.run_api`` with the
backend's ``DATABASE_URL``) migrates, publishes the content and writes to OUTPUT, as
JSON, the SQL query count and status of one warm request per endpoint.
"""

import argparse
import json
import os

import django
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from .endpoints import ENDPOINTS

WARM_REQUESTS = 2


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("output")
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    # Models can be imported only once Django is set up.
    from .content import build_content

    call_command("migrate", interactive=False, verbosity=0)
    with transaction.atomic():
        build_content(options.pages)
    probes = {endpoint.name: probe(endpoint) for endpoint in ENDPOINTS}
    with open(options.output, "w") as output:
        json.dump(probes, output)


def probe(endpoint):
    """Queries and status of one request, after warm-up requests have generated the
    image renditions and filled whatever cache the endpoint uses."""
    client = Client(SERVER_NAME="127.0.0.1", raise_request_exception=False)
    headers = {}
    if endpoint.conditional:
        etag = client.get(endpoint.url("probe-etag")).headers.get("ETag")
        if not etag:
            return {"queries": None, "status": None}
        headers["If-None-Match"] = etag
    for attempt in range(WARM_REQUESTS):
        client.get(endpoint.url(f"probe-warm-{attempt}"), headers=headers)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(endpoint.url("probe"), headers=headers)
    return {"queries": len(queries), "status": response.status_code}


if __name__ == "__main__":
    main()
