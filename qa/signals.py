"""Keep the Q&A section open to every unit's editors, as other sections are.

``home.signals`` gives units their rights when a ``SectionPage`` is saved; a
``QAIndexPage`` is a section too, but Django sends ``post_save`` for the class that was
saved only, so the section's own class is connected here.
"""

from django.db.models.signals import post_save

from home.unit_access import sync_unit_page_rights

from .models import QAIndexPage


def _open_section_to_units(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_unit_page_rights(sections=[instance])


def connect():
    post_save.connect(_open_section_to_units, sender=QAIndexPage, dispatch_uid="qa_section_rights")
