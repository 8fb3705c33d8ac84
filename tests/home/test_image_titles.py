"""An uploaded image left titled by its file name takes the alt text its uploader typed."""

import io

import pytest
from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Collection

from home.models import CustomImage

ALT = "Hội nghị triển khai Luật Đất đai tại Hạ Long"


def upload(name="IMG_2024.jpg"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (20, 90, 160)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.mark.parametrize("title", ["IMG_2024", "IMG_2024.jpg"])
def test_a_title_left_as_the_file_name_becomes_the_alt_text(editor_client, title):
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {
            "title": title,
            "alt_text": ALT,
            "file": upload(),
            "collection": Collection.get_first_root_node().pk,
        },
    )

    assert response.status_code == 302
    assert CustomImage.objects.get().title == ALT


def test_a_title_the_uploader_typed_is_kept(editor_client):
    editor_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Hội nghị 2024",
            "alt_text": ALT,
            "file": upload(),
            "collection": Collection.get_first_root_node().pk,
        },
    )

    assert CustomImage.objects.get().title == "Hội nghị 2024"


def test_a_multiple_upload_is_titled_by_its_alt_text(editor_client):
    # The upload itself lacks the alt text, so Wagtail keeps the file aside and asks for
    # it in a form titled by the file name.
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"title": "IMG_2024", "files[]": upload(), "collection": ""},
    ).json()
    uploaded_id = response["uploaded_file_id"]
    assert 'value="IMG_2024.jpg"' in response["form"]

    prefix = f"uploaded-image-{uploaded_id}"
    response = editor_client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[uploaded_id]),
        {
            f"{prefix}-title": "IMG_2024.jpg",
            f"{prefix}-alt_text": ALT,
            f"{prefix}-collection": Collection.get_first_root_node().pk,
            f"{prefix}-tags": "",
        },
    ).json()

    assert response["success"], response
    assert CustomImage.objects.get().title == ALT


def test_editing_an_image_keeps_its_title(editor_client, image):
    image.title = "anh.png"
    image.save()
    editor_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": "anh.png",
            "alt_text": ALT,
            "collection": image.collection_id,
            "tags": "",
            "focal_point_x": "",
            "focal_point_y": "",
            "focal_point_width": "",
            "focal_point_height": "",
        },
    )

    image.refresh_from_db()
    assert (image.title, image.alt_text) == ("anh.png", ALT)
