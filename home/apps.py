from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Trang chủ và phân loại"

    def ready(self):
        import wagtail_localize.models

        from . import content_changes, signals, sms  # noqa: F401 (sms: its deployment check)

        content_changes.connect()
        from .slugs import vietnamese_slugify

        # wagtail-localize re-slugifies every translated page with Django's plain
        # slugify, which drops "đ" ("luật-đất-đai" -> "luat-at-ai"). It looks the name up
        # in its own module at call time, so pointing it at ours fixes translations.
        wagtail_localize.models.slugify = vietnamese_slugify
