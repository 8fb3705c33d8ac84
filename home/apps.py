from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Trang chủ và phân loại"

    def ready(self):
        from django.contrib.auth.models import Group
        from django.db import models

        import wagtail_localize.models
        from taggit.models import Tag
        from wagtail.admin.ui.fields import register_display_class
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import (
            CollectionViewRestriction,
            Locale,
            Page,
            PageViewRestriction,
            Site,
        )

        from core import content_version
        from core.slugs import vietnamese_slugify

        from . import page_forms, signals, sms, unit_permissions  # noqa: F401 (sms: its check)
        from .admin_display import LocalDateTimeDisplay
        from .models import LegalField, Unit

        # What the API and feeds show of pages, media and the taxonomy.
        content_version.watch(
            Page,
            get_image_model(),
            get_document_model(),
            Unit,
            LegalField,
            Tag,
            PageViewRestriction,
            CollectionViewRestriction,
            Site,
            Locale,
            Group,
        )

        unit_permissions.register()
        page_forms.use_blank_aware_rich_text()
        register_display_class(models.DateTimeField, display_class=LocalDateTimeDisplay)

        # wagtail-localize re-slugifies every translated page with Django's plain
        # slugify, which drops "đ" ("luật-đất-đai" -> "luat-at-ai"). It looks the name up
        # in its own module at call time, so pointing it at ours fixes translations.
        wagtail_localize.models.slugify = vietnamese_slugify
