import json

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

ITEMS = [
    {"id": number, "title": f"Mục {number}", "url": f"/muc-{number}/"} for number in range(1, 21)
]
# Made by the contest load test (bench.contests.load) in its own database.
INSERT_TABLE = "bench_insert"


def minimal(request):
    """Twenty small JSON objects and no database: the cost of Django and gunicorn alone."""
    return JsonResponse({"items": ITEMS})


@csrf_exempt
@require_POST
def insert(request):
    """Parse a JSON body and insert it as one row: the least a contest submission can
    cost, the baseline of the contest load test."""
    payload = json.loads(request.body)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {INSERT_TABLE} (payload) VALUES (%s) RETURNING id",  # noqa: S608
            [json.dumps(payload)],
        )
        (row_id,) = cursor.fetchone()
    return JsonResponse({"id": row_id})
