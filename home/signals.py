from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import SectionPage, Unit
from .unit_access import ensure_unit_access, sync_section_permissions


@receiver(post_save, sender=Unit)
def give_unit_its_editors(sender, instance, raw=False, **kwargs):
    if not raw:
        ensure_unit_access(instance)


@receiver(post_save, sender=SectionPage)
def give_section_to_its_unit(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_section_permissions(instance)
