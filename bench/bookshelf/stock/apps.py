from django.apps import AppConfig


class StockConfig(AppConfig):
    name = "bench.bookshelf.stock"
    label = "bookshelf_stock"
    verbose_name = "Bookshelf benchmark: stock Wagtail baseline"
    default_auto_field = "django.db.models.BigAutoField"
