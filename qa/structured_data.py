"""schema.org descriptions (JSON-LD) of the Q&A pages, for search engines.

- A published answer is a ``QAPage`` whose main entity is the ``Question`` with its
  ``acceptedAnswer``. Both are credited to the unit that answered, as an
  ``Organization``: the citizen who asked is never named, not even here.
- A listing of answers (a legal field's, a unit's) is a ``FAQPage``: one question and the
  official answer each, the shape Google reads from government sites.
- An online exchange is an online ``Event``.

The functions register with ``publications.structured_data`` (``@describes``), whose
``json_ld_script`` prints them; ``faq_page_script`` prints a listing's.
"""

import json
import re

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from bookshelf.models import BookshelfPage
from publications.structured_data import (
    SCRIPT_ESCAPES,
    creative_work,
    describes,
    iso,
    without_blanks,
)
from search.sources import html_to_text

ANSWER_ANCHOR = "tra-loi"
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")


def plain_text(html):
    """The text of stored rich text: one line per paragraph, single spaces."""
    text = _SPACES.sub(" ", html_to_text(html))
    return _BLANK_LINES.sub("\n", text).strip()


def script(data):
    # Safe once escaped: nothing in it can close the script element or open markup.
    text = mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES))  # noqa: S308
    return format_html('<script type="application/ld+json">{}</script>', text)


@describes("qa.QuestionAnswerPage")
def qa_page(page, site):
    data = creative_work(page, site, "QAPage")
    organisation = data["author"]
    url = data.get("url")
    published = iso(page.first_published_at)
    answer = without_blanks(
        {
            "@type": "Answer",
            "text": plain_text(page.answer),
            "dateCreated": _date(page.answered_on) or published,
            "datePublished": published,
            "url": f"{url}#{ANSWER_ANCHOR}" if url else None,
            "author": organisation,
            "citation": legal_basis(page),
        }
    )
    data["mainEntity"] = without_blanks(
        {
            "@type": "Question",
            "name": page.title,
            "text": page.question_text,
            "answerCount": 1,
            "dateCreated": _date(page.asked_on) or published,
            "datePublished": published,
            # The question as published is the unit's wording; the asker stays unnamed.
            "author": organisation,
            "acceptedAnswer": answer,
        }
    )
    return data


def legal_basis(page):
    """The documents (and articles) the answer cites, as ``Legislation``."""
    cited = []
    for reference in page.references.all():
        document = reference.document
        url = BookshelfPage.document_url(document, full=True) if document.live else None
        if url and reference.article_anchor:
            url = f"{url}#{reference.article_anchor}"
        name = document.title
        if reference.article_label:
            name = f"{reference.article_label}, {name}"
        cited.append(
            without_blanks(
                {
                    "@type": "Legislation",
                    "name": name,
                    "legislationIdentifier": None if document.has_no_number else document.number,
                    "url": url,
                }
            )
        )
    return cited


@describes("qa.ExchangePage")
def exchange_event(page, site):
    work = creative_work(page, site, "Event")
    return without_blanks(
        {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": page.title,
            "description": work.get("description"),
            "url": work.get("url"),
            "image": work.get("image"),
            "inLanguage": work.get("inLanguage"),
            "startDate": iso(page.starts_at),
            "endDate": iso(page.ends_at),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
            "location": {"@type": "VirtualLocation", "url": work.get("url")},
            "organizer": work["author"],
            "performer": [
                without_blanks({"@type": "Person", "name": guest.name, "jobTitle": guest.position})
                for guest in page.guests.all()
            ],
        }
    )


def faq_page_script(answers, *, name, url, language):
    """The ``FAQPage`` of a listing of answers (specific ``QuestionAnswerPage``s); empty
    when the listing shows none."""
    if not answers:
        return ""
    return script(
        {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "name": name,
            "url": url,
            "inLanguage": language,
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": answer.title,
                    "acceptedAnswer": without_blanks(
                        {
                            "@type": "Answer",
                            "text": plain_text(answer.answer),
                            "url": answer.get_full_url(),
                        }
                    ),
                }
                for answer in answers
            ],
        }
    )


def _date(day):
    return day.isoformat() if day else None
