"""Walking the Vietnamese admin for English left in it: the content every role sees, the
screens each role walks, and how English is told apart from Vietnamese.

Shared by the server-side walk (tests/cms/test_admin_untranslated.py) and the browser
walk (tests/e2e/test_admin_language.py).

English is recognised by a deliberate list of English words that are never Vietnamese
syllables, looked up in the interface's text only: visible text, the attributes screen
readers and tooltips read, and the text kept for screen readers. Content typed by people
(here always Vietnamese), code and URLs are not looked at.
"""

import re
from dataclasses import dataclass, field
from datetime import timedelta

from bs4 import BeautifulSoup

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, PageLogEntry, Revision

from bookshelf.models import BookshelfPage
from delivery.models import WebhookDelivery, WebhookEvent, WebhookSubscriber
from demo.pages import add_published
from demo.samples import one_of_each_type
from home.models import LegalField, Unit
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
    QuizPageFactory,
    SectionPageFactory,
    UnitFactory,
    UserFactory,
    home_page,
)

BOARD = "Ban Biên tập"


def _words(text):
    return frozenset(text.split())


PASSWORD = "mat-khau-quan-tri"

# Words of the admin's English that no Vietnamese syllable spells: two syllables, a
# consonant cluster, or an ending Vietnamese does not have. Short English words that are
# also Vietnamese ("an", "in", "to", "do", "no", "tin", "ban", "long") are left out.
ENGLISH_WORDS = _words(
    """
    the this that these those with without your you from into onto about which what
    when where there their have has been will would should could please must here
    and are is was were not any all every other more less some only also than then
    add added adding edit edited editing delete deleted deleting save saved saving
    publish published publishing unpublish unpublished draft drafts cancel choose
    chosen select selected filter filters sort sorted sorting search searching status
    live title titles settings reports report help toggle show hide close open
    preview users user groups group images image documents document snippets snippet
    collections collection workflow workflows tasks task locked unlock lock previous
    next actions action options option required optional upload uploaded type types
    block blocks insert move moved duplicate copy copied history revision revisions
    comments comment loading create created update updated owner author date sign log
    account back summary recent results result export download clear apply submit
    submitted moderation scheduled expired private public aging audit navigation
    collapse collapsed expand expanded write items item minutes minute hours hour days
    weeks week months month years year ago root view explorer errors error page pages
    field fields value values new current latest earliest changes changed change
    remove removed replace reset retry reply resolve dashboard site sites welcome
    approve approved reject rejected request requested comparing compare privacy
    redirect redirects translation translations translate sync synced source
    language languages locale locales notification notifications profile password
    name username address content contents listing list lists main sidebar
    side panel panels tab tabs link links broken missing text decorative
    character characters count split line break horizontal heading headings
    paragraph bold italic bullet numbered superscript subscript strikethrough code
    embed embeds table tables row rows column columns cell cells header footer
    first last order ordering manual default none yes older newer edits
    explore browse parent child children sibling siblings descendant descendants
    usage used references reference unknown anonymous everyone nobody nothing
    something anything everything subpage subpages trash restore archive archived
    confirm confirmation successfully success failed failure warning warnings info
    minimum maximum number numbers must least most
    """
)

# Names of things, the same in Vietnamese: a word on this list is never reported.
PROPER_NOUNS = _words(
    """
    wagtail infographic email api url urls html pdf json csv xlsx rss youtube facebook
    webhook webhooks http https id seo cccd sms otp qr zalo ok
    """
)

CSS_CONTENT = re.compile(r'content:\s*"([^"]+)"')
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Attributes whose text is read to people: by screen readers, as tooltips, in empty fields.
READ_ATTRIBUTES = ("aria-label", "aria-description", "title", "placeholder", "alt")
SCREEN_READER_CLASSES = ("w-sr-only", "visually-hidden", "sr-only")
# Not interface text: code, data, and the content of fields typed by people.
SKIPPED_ELEMENTS = ("script", "style", "pre", "code", "textarea", "noscript", "svg")


def english_words(text):
    """The English words in ``text``, in order."""
    return [
        word
        for word in WORD.findall(text or "")
        if word.lower() in ENGLISH_WORDS and word.lower() not in PROPER_NOUNS
    ]


def _skipped(element):
    if element.name in SKIPPED_ELEMENTS:
        return True
    # A select's choices are interface text; a text input's value is content.
    return element.name == "input" and element.get("type", "text") != "submit"


def ui_texts(html):
    """The interface's texts in ``html``: each visible or screen-reader text run, and
    each attribute read to people, with where it was found."""
    soup = BeautifulSoup(html, "html.parser")
    texts = []
    # Text that stylesheets write (Draftail's placeholders are ::before content).
    for style in soup.find_all("style"):
        texts += [("css content", text) for text in CSS_CONTENT.findall(style.get_text())]
    for element in soup.find_all(SKIPPED_ELEMENTS):
        element.decompose()
    # Hidden until JavaScript fills it in (the browser walk reads what it writes).
    for element in soup.find_all(attrs={"hidden": True}):
        element.decompose()
    for element in soup.find_all(True):
        for attribute in READ_ATTRIBUTES:
            value = element.get(attribute)
            if isinstance(value, str) and value.strip():
                texts.append((f"{element.name}[{attribute}]", value.strip()))
        if element.name == "input" and element.get("type") == "submit" and element.get("value"):
            texts.append(("input[value]", element["value"]))
    for string in soup.find_all(string=True):
        text = " ".join(string.split())
        if not text or string.__class__.__name__ in ("Comment", "Doctype", "Declaration"):
            continue
        parent = string.parent
        classes = set(parent.get("class") or ())
        kind = "screen reader" if classes & set(SCREEN_READER_CLASSES) else "text"
        texts.append((f"{kind} <{parent.name}>", text))
    return texts


def untranslated(html):
    """Each interface text of ``html`` that has English words in it."""
    return [
        f"{where}: {text!r} ({', '.join(words)})"
        for where, text in ui_texts(html)
        if (words := english_words(text))
    ]


@dataclass
class AdminSite:
    """The content and the people of a walk; ``screens[role]`` maps a screen's name to
    its admin URL."""

    users: dict
    pages: dict
    screens: dict = field(default_factory=dict)


def _backdate(pages, days):
    """Pages last edited ``days`` ago: relative dates are shown in days, not minutes."""
    moment = timezone.now() - timedelta(days=days)
    ids = [page.pk for page in pages]
    Page.objects.filter(pk__in=ids).update(
        latest_revision_created_at=moment, last_published_at=moment
    )
    Revision.page_revisions.filter(object_id__in=[str(pk) for pk in ids]).update(created_at=moment)


def _webhook_deliveries(section):
    subscriber = WebhookSubscriber.objects.create(
        name="Cổng thông tin tỉnh", url="https://cong.quangninh.gov.vn/webhook"
    )
    common = {
        "subscriber": subscriber,
        "event": WebhookEvent.PUBLISHED,
        "page_id": section.pk,
        "page_title": section.title,
        "payload": {"event": "page.published"},
        "attempts": 6,
        "finished_at": timezone.now(),
    }
    unreachable = WebhookDelivery.objects.create(
        **common,
        status=WebhookDelivery.Status.FAILED,
        response_excerpt=(
            "NewConnectionError: HTTPConnection(host='203.0.113.9', port=443): "
            "Failed to establish a new connection: [Errno 111] Connection refused"
        ),
    )
    server_error = WebhookDelivery.objects.create(
        **common,
        status=WebhookDelivery.Status.FAILED,
        response_status_code=500,
        response_excerpt="Internal Server Error",
    )
    return unreachable, server_error


def build_admin_site():
    """A unit and its section with a page of each type, the bookshelf, a contest with a
    round, the taxonomy, a legal document, failed webhook deliveries, and the three
    roles: an administrator, a member of the editorial board, the unit's editor."""
    unit = UnitFactory(name="Sở Tư pháp", short_name="STP", kind=Unit.Kind.DEPARTMENT)
    legal_field = LegalFieldFactory(name="Đất đai")
    section = SectionPageFactory(title="Tin tức pháp luật", unit=unit)
    image = ImageFactory(title="Ảnh tuyên truyền", collection=unit.collection)
    document = DocumentFactory(title="Tờ gấp Luật Đất đai", collection=unit.collection)
    content = one_of_each_type(section, image, document, legal_field)
    bookshelf = add_published(home_page(), BookshelfPage(title="Tủ sách pháp luật"))
    round_ = QuizPageFactory(title="Tuần 1")
    contest = round_.get_parent().specific
    legal_document = LegalDocumentFactory(legal_fields=[legal_field])
    unreachable, server_error = _webhook_deliveries(section)
    _backdate([section, *content.values()], days=5)

    users = {
        "admin": UserFactory(username="quantri", is_superuser=True, is_staff=True),
        "board": UserFactory(username="banbientap", groups=[Group.objects.get(name=BOARD)]),
        "editor": UserFactory(username="bientap.stp", groups=[unit.editors_group]),
    }
    for user in users.values():
        user.set_password(PASSWORD)
        user.save()
    # The board publishes what units write.
    PageLogEntry.objects.filter(action="wagtail.publish").update(user=users["board"])
    pages = {
        "home": home_page(),
        "section": section,
        **content,
        "bookshelf": bookshelf,
        "contest": contest,
        "round": round_,
    }
    site = AdminSite(users=users, pages=pages)

    common = {
        "dashboard": reverse("wagtailadmin_home"),
        "page tree": reverse("wagtailadmin_explore_root"),
        "pages of the home page": reverse("wagtailadmin_explore", args=[pages["home"].pk]),
        "pages of the section": reverse("wagtailadmin_explore", args=[section.pk]),
        "new news page": reverse(
            "wagtailadmin_pages:add", args=["publications", "legalnewspage", section.pk]
        ),
        **{
            f"edit {name}": reverse("wagtailadmin_pages:edit", args=[page.pk])
            for name, page in pages.items()
        },
        "units": reverse("wagtailsnippets_home_unit:list"),
        "edit unit": reverse("wagtailsnippets_home_unit:edit", args=[unit.pk]),
        "legal fields": reverse("wagtailsnippets_home_legalfield:list"),
        "edit legal field": reverse(
            "wagtailsnippets_home_legalfield:edit",
            args=[LegalField.objects.get(name="Đất đai").pk],
        ),
        "legal documents": reverse("wagtailsnippets_bookshelf_legaldocument:list"),
        "edit legal document": reverse(
            "wagtailsnippets_bookshelf_legaldocument:edit", args=[legal_document.pk]
        ),
        "new legal document": reverse("wagtailsnippets_bookshelf_legaldocument:add"),
        "contest rounds": reverse("quizzes_rounds"),
        "contest results": reverse("quizzes_results", args=[round_.pk]),
        "suspicious attempts": reverse("quizzes_suspicious", args=[round_.pk]),
        "webhooks": reverse("webhooks:index"),
        "webhook deliveries": reverse("webhook_deliveries:index"),
        "failed delivery (no connection)": reverse(
            "webhook_deliveries:inspect", args=[unreachable.pk]
        ),
        "failed delivery (HTTP 500)": reverse("webhook_deliveries:inspect", args=[server_error.pk]),
        "locked pages report": reverse("wagtailadmin_reports:locked_pages"),
        "workflows report": reverse("wagtailadmin_reports:workflow"),
        "workflow tasks report": reverse("wagtailadmin_reports:workflow_tasks"),
        "site history report": reverse("wagtailadmin_reports:site_history"),
        "aging pages report": reverse("wagtailadmin_reports:aging_pages"),
        "page types report": reverse("wagtailadmin_reports:page_types_usage"),
    }
    site.screens["admin"] = dict(common)
    # Contest results and webhooks are the administrators' business.
    site.screens["board"] = {
        name: url
        for name, url in common.items()
        if not name.startswith(("contest ", "suspicious ", "webhook", "failed delivery"))
        and name != "edit unit"
    }
    # A unit's editor works in the unit's section: the rest of the admin is not theirs.
    site.screens["editor"] = {
        name: url
        for name, url in common.items()
        if name
        in {
            "dashboard",
            "page tree",
            "pages of the home page",
            "pages of the section",
            "new news page",
            *(f"edit {name}" for name in content),
            "edit section",
        }
    }
    return site
