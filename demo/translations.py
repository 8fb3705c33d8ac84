"""English versions of a few demo pages, made the way a translator would with
wagtail-localize: export the page's strings as PO, fill them in, import, save the target.

Strings without an English text in data.english keep the Vietnamese source (wagtail-
localize does the same for untranslated strings), and are counted so that gaps show.
"""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from .data.english import ENGLISH
from .pages import backdate


def translate(page, locale, user):
    """Translate ``page`` into ``locale`` and publish it; return how many strings kept
    their Vietnamese text."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    untranslated = 0
    for entry in po:
        english = ENGLISH.get(entry.msgid)
        if english is None:
            untranslated += 1
        entry.msgstr = english or entry.msgid
    translation.import_po(po, user=user)
    # publish=True would defer publishing to the end of the load's transaction; publishing
    # here keeps the load all-or-nothing and lets the English page keep the source's date.
    translation.save_target(user=user, publish=False)
    target = page.get_translation(locale)
    revision = target.get_latest_revision()
    revision.publish(user=user)
    if page.first_published_at:
        backdate(target, revision, page.first_published_at)
    return untranslated


def _pages_to_translate(home, sections, specs):
    """The home page, then the sections leading to each translated spec, then the specs."""
    translated = [spec for spec in specs if spec.translated]
    paths = {}
    for spec in translated:
        parts = spec.section.split("/")
        paths.update(dict.fromkeys("/".join(parts[:depth]) for depth in range(1, len(parts) + 1)))
    yield home
    yield from (sections[path] for path in paths)
    for spec in translated:
        yield sections[spec.section].get_children().get(slug=spec.slug).specific


def load_translations(home, sections, specs, user):
    """Translate into English the pages that have no English version yet; return how
    many pages were translated and how many strings kept their Vietnamese text."""
    english = Locale.objects.get(language_code="en")
    pages = untranslated = 0
    for page in _pages_to_translate(home, sections, specs):
        if page.has_translation(english):
            continue
        untranslated += translate(page, english, user)
        pages += 1
    return pages, untranslated
