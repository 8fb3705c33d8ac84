"""Previews of unsaved pages on the headless front-ends of district and department sites.

Besides the provincial site's own preview, the admin offers one preview mode per front-end
configured in ``WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]``. Choosing one stores the
unsaved page under a signed token (wagtail-headless-preview) and shows the front-end's
preview URL with ``?content_type=…&token=…``; the front-end fetches the content from
``/api/v2/page_preview/`` with those parameters.
"""

from wagtail_headless_preview.models import HeadlessPreviewMixin

from django.conf import settings

MODE_PREFIX = "headless:"


def headless_clients():
    return getattr(settings, "WAGTAIL_HEADLESS_PREVIEW", {}).get("CLIENT_URLS", {})


class HeadlessPreviewModes(HeadlessPreviewMixin):
    @property
    def preview_modes(self):
        return [
            ("", "Cổng tỉnh"),
            *((f"{MODE_PREFIX}{name}", f"Trang {name}") for name in headless_clients()),
        ]

    def serve_preview(self, request, mode_name):
        if mode_name.startswith(MODE_PREFIX):
            self._headless_client = mode_name.removeprefix(MODE_PREFIX)
            return HeadlessPreviewMixin.serve_preview(self, request, mode_name)
        # The provincial site renders its own preview, as Wagtail does by default.
        return super(HeadlessPreviewMixin, self).serve_preview(request, mode_name)

    def get_client_root_url(self, request):
        url = headless_clients()[self._headless_client]
        return url.rstrip("/") + "/"
