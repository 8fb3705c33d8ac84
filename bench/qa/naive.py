"""The baseline: suggestions as a plain query would give them, on the same data.

Each word of the question (lower case, as typed: no folding) is looked for with
``ILIKE '%word%'`` in the published answers' titles and questions and in the published
documents' titles, any word being enough (OR), first rows as the database returns them:
no ranking, no articles (finding those needs the text parsed), and a question typed
without diacritics finds only what is written without them.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from django.http import JsonResponse

from bookshelf.models import LegalDocument
from qa.models import QuestionAnswerPage

MAX_WORDS = 8


def naive_suggestions(request):
    words = [word for word in request.GET.get("q", "").lower().split() if len(word) > 1]
    words = words[:MAX_WORDS]
    if not words:
        return JsonResponse({"answers": [], "documents": []})
    in_answers = reduce(or_, (Q(title__icontains=w) | Q(question_text__icontains=w) for w in words))
    in_titles = reduce(or_, (Q(title__icontains=word) for word in words))
    answers = QuestionAnswerPage.objects.live().public().filter(in_answers)[:5]
    documents = LegalDocument.objects.filter(live=True).filter(in_titles)[:5]
    return JsonResponse(
        {
            "answers": [{"title": page.title, "url": page.url} for page in answers],
            "documents": [
                {"title": document.title, "number": document.number} for document in documents
            ],
        }
    )
