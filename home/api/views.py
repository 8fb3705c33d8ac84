from wagtail.api.v2.views import PagesAPIViewSet as WagtailPagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

PagesAPIViewSet = WagtailPagesAPIViewSet
PagePreviewAPIViewSet = WagtailPagesAPIViewSet
__all__ = ["DocumentsAPIViewSet", "ImagesAPIViewSet", "PagePreviewAPIViewSet", "PagesAPIViewSet"]
