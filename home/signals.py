from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import SectionPage, Unit
from .unit_access import ensure_unit_access, sync_unit_page_rights


@receiver(post_save, sender=Unit)
def give_unit_its_editors(sender, instance, raw=False, **kwargs):
    if not raw:
        ensure_unit_access(instance)
        sync_unit_page_rights(units=[instance])


# Every kind of section, the Q&A section included: Django signals a save to the saved
# model's class only, not to the class it extends.
@receiver(post_save)
def open_section_to_units(sender, instance, raw=False, **kwargs):
    if not raw and issubclass(sender, SectionPage):
        sync_unit_page_rights(sections=[instance])
