from django.db import models

from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin


class StockDocumentQuerySet(SearchableQuerySetMixin, models.QuerySet):
    """Gives ``StockDocument.objects.all().search(...)``, as Wagtail's page querysets have."""


class StockDocument(index.Indexed, models.Model):
    """A legal document as a site on stock Wagtail would model it: a title, a number and a
    rich-text body, indexed by Wagtail's search backend with the title boosted. The
    issuer is kept, not indexed, to check which document a number query puts first."""

    number = models.CharField(max_length=100)
    issuer = models.CharField(max_length=255)
    title = models.CharField(max_length=1000)
    body = RichTextField()

    objects = StockDocumentQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("number"),
        index.SearchField("body"),
    ]

    def __str__(self):
        return f"{self.number} {self.title}"
