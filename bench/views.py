from django.http import JsonResponse

ITEMS = [
    {"id": number, "title": f"Mục {number}", "url": f"/muc-{number}/"} for number in range(1, 21)
]


def minimal(request):
    """Twenty small JSON objects and no database: the cost of Django and gunicorn alone."""
    return JsonResponse({"items": ITEMS})
