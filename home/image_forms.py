"""The admin's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``)."""

import os
import re

from wagtail.images.forms import BaseImageForm

IMAGE_FILE_NAME = re.compile(r"\.(jpe?g|png|gif|webp|avif|heic|heif|bmp|tiff?|svg)$", re.I)


class ImageForm(BaseImageForm):
    """Titles a new image by the alt text its uploader typed when the title was left as
    the file name: the admin fills the title in from the file ("IMG_2024" on a single
    upload, "IMG_2024.jpg" on a multiple one), which says nothing in the media library
    or the choosers."""

    def clean(self):
        cleaned_data = super().clean()
        alt_text = (cleaned_data.get("alt_text") or "").strip()
        title = (cleaned_data.get("title") or "").strip()
        if alt_text and self.instance._state.adding and self._is_file_name(title):
            cleaned_data["title"] = alt_text[: self.fields["title"].max_length]
        return cleaned_data

    def _is_file_name(self, title):
        if IMAGE_FILE_NAME.search(title):
            return True
        upload = self.cleaned_data.get("file")
        name = os.path.basename(getattr(upload, "name", None) or "")
        return bool(name) and title in (name, os.path.splitext(name)[0])
