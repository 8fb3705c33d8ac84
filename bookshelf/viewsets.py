"""The bookshelf in the admin: legal documents (drafts, revisions, preview, locking and
scheduled publishing come from the model's mixins), document types and issuing bodies,
grouped under one menu item "Tủ sách pháp luật".

Searching finds documents by number or title typed with or without diacritics, drafts
included: the query is folded like the stored ``search_key`` and matched word by word
in the database, not through the public search index (which holds published documents
only).
"""

import django_filters

from django import forms

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from bookshelf.models import DocumentType, EffectStatus, IssuingBody, LegalDocument
from core.vietnamese import fold


def search_documents(queryset, query):
    """Documents whose number or title holds every word of ``query``, diacritics or not:
    "luat dat dai" finds "Luật Đất đai", "52/2015" finds "52/2015/NĐ-CP"."""
    for word in fold(query).split():
        queryset = queryset.filter(search_key__contains=word)
    return queryset


def issued_years():
    dates = LegalDocument.objects.dates("issued_date", "year", order="DESC")
    return [(str(date.year), str(date.year)) for date in dates]


class LegalDocumentFilterSet(WagtailFilterSet):
    doc_type = django_filters.ModelChoiceFilter(
        label="Loại văn bản", queryset=DocumentType.objects.all()
    )
    issuer = django_filters.ModelChoiceFilter(
        label="Cơ quan ban hành", queryset=IssuingBody.objects.all()
    )
    status = django_filters.ChoiceFilter(
        label="Tình trạng hiệu lực", choices=EffectStatus.choices, empty_label="Tất cả"
    )
    live = django_filters.ChoiceFilter(
        label="Xuất bản",
        choices=[("live", "Đã xuất bản"), ("draft", "Bản nháp")],
        empty_label="Tất cả",
        method="filter_live",
        widget=forms.RadioSelect,
    )
    year = django_filters.ChoiceFilter(
        label="Năm ban hành", choices=issued_years, empty_label="Tất cả", method="filter_year"
    )

    class Meta:
        model = LegalDocument
        fields = []

    def filter_live(self, queryset, name, value):
        return queryset.filter(live=value == "live") if value else queryset

    def filter_year(self, queryset, name, value):
        return queryset.filter(issued_date__year=int(value)) if value else queryset


class LegalDocumentIndexView(IndexView):
    # The listing's own styles (static/bookshelf/admin/legal-documents.css) hang on it.
    table_classname = "listing legal-documents"

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return search_documents(queryset, self.search_query)


class FoldedSearchForm(BaseFilterForm):
    q = forms.CharField(
        label="Tìm theo số ký hiệu hoặc trích yếu",
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "Ví dụ: 31/2024/QH15, luat dat dai"}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            objects = search_documents(objects, query)
            self.is_searching = True
            self.search_query = query
        return objects


class LegalDocumentChooseView(ChooseView):
    filter_form_class = FoldedSearchForm


class LegalDocumentChooseResultsView(ChooseResultsView):
    filter_form_class = FoldedSearchForm


class LegalDocumentChooserViewSet(SnippetChooserViewSet):
    choose_view_class = LegalDocumentChooseView
    choose_results_view_class = LegalDocumentChooseResultsView


class LegalDocumentViewSet(SnippetViewSet):
    model = LegalDocument
    icon = "doc-full"
    menu_label = "Văn bản pháp luật"
    list_display = ["number", "title", "doc_type", "issuer", "issued_date", "status"]
    list_per_page = 50
    filterset_class = LegalDocumentFilterSet
    # Enables the search box; LegalDocumentIndexView decides how it matches.
    search_fields = ["search_key"]
    ordering = ["-issued_date", "-pk"]
    index_view_class = LegalDocumentIndexView
    chooser_viewset_class = LegalDocumentChooserViewSet

    def get_queryset(self, request):
        return LegalDocument.objects.select_related("doc_type", "issuer")


class DocumentTypeViewSet(SnippetViewSet):
    model = DocumentType
    icon = "tag"
    menu_label = "Loại văn bản"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class IssuingBodyViewSet(SnippetViewSet):
    model = IssuingBody
    icon = "group"
    menu_label = "Cơ quan ban hành"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class BookshelfViewSetGroup(SnippetViewSetGroup):
    menu_label = "Tủ sách pháp luật"
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (LegalDocumentViewSet, DocumentTypeViewSet, IssuingBodyViewSet)
