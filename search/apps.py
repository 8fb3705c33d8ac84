from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Tìm kiếm"

    def ready(self):
        from home.models import LegalField, Unit

        from . import registry, signals

        # Results of every kind filter by legal field, pages also by unit.
        registry.register_list("field", LegalField)
        registry.register_list("unit", Unit)
        signals.connect()
