"""The national PBGDPL portal imports the province's activities from a JSON or CSV file,
made by the export endpoint or the monthly command."""

import csv
import datetime
import io
import json
from zoneinfo import ZoneInfo

import pytest
from PIL import Image as PILImage

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, Page, PageViewRestriction, Site

from delivery.portal_export import ACTIVITY_TYPES, CSV_COLUMNS, previous_month
from home.models import content_page_models
from publications.models import InfographicPage
from tests.factories import ImageFactory, LegalFieldFactory, LegalNewsPageFactory

ENDPOINT = "/api/exports/activities"
SITE = "https://pbgdpl.quangninh.gov.vn"
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
MARCH = {"from": "2025-03-01", "to": "2025-03-31"}
SHARE_SPEC = "fill-1200x630|format-jpeg"

# The six publication types, one page of each in the fixtures (the Q&A types are in
# tests/qa/test_qa_feeds_api.py).
TYPE_LABELS = {
    "legal_news": "Tin pháp luật",
    "infographic": "Infographic",
    "video": "Video",
    "leaflet": "Tờ gấp điện tử",
    "ebook": "Sách pháp luật điện tử",
    "lecture": "Bài giảng điện tử",
}


def local(*args):
    return datetime.datetime(*args, tzinfo=VIETNAM)


def first_published(page, moment):
    Page.objects.filter(pk=page.pk).update(first_published_at=moment)
    # Later revisions of this instance must carry the date too.
    page.first_published_at = moment
    return page


def news(section, title, moment, **fields):
    page = LegalNewsPageFactory(parent=section, title=title, **fields)
    page.save_revision().publish()
    return first_published(page, moment)


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def export_command(*args):
    out = io.StringIO()
    call_command("export_national_portal", *args, stdout=out)
    return out.getvalue()


def read_csv(text):
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


@pytest.fixture(autouse=True)
def provincial_site(db):
    """The site's public address, which differs from the host the API is called on."""
    site = Site.objects.get(is_default_site=True)
    site.hostname = "pbgdpl.quangninh.gov.vn"
    site.port = 443
    site.save()
    return site


@pytest.fixture
def march(one_of_each):
    """Each content type first published on its own day of March 2025."""
    days = dict(zip(one_of_each, range(1, 12, 2), strict=True))
    for kind, page in one_of_each.items():
        first_published(page, local(2025, 3, days[kind], 9, 30))
    one_of_each["news"].tags.add("sổ đỏ", "cấp giấy chứng nhận")
    one_of_each["news"].save_revision().publish()
    return one_of_each


def test_every_content_type_has_a_machine_name():
    assert sorted(ACTIVITY_TYPES.values()) == sorted(
        model._meta.label for model in content_page_models()
    )


def test_json_lists_the_months_activities_with_every_field(client, march, image):
    response = client.get(ENDPOINT, MARCH)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Cache-Control"] == "public, max-age=300"
    data = response.json()
    assert data["from"] == "2025-03-01"
    assert data["to"] == "2025-03-31"
    assert data["generated_at"].endswith("+07:00")
    assert data["count"] == 6
    assert [item["type"] for item in data["items"]] == list(TYPE_LABELS)
    assert {item["type"]: item["type_label"] for item in data["items"]} == TYPE_LABELS

    item = data["items"][0]
    page = march["news"]
    rendition = image.renditions.get(filter_spec=SHARE_SPEC)
    assert item == {
        "id": page.pk,
        "title": "Luật Đất đai 2024 có hiệu lực",
        "summary": page.summary,
        "url": f"{SITE}/tin-tuc-phap-luat/luat-dat-dai-2024-co-hieu-luc/",
        "unit": "Sở Tư pháp",
        "unit_code": "so-tu-phap",
        "section": "Tin tức pháp luật",
        "date": "2025-03-01",
        "published_at": "2025-03-01T09:30:00+07:00",
        "type": "legal_news",
        "type_label": "Tin pháp luật",
        "legal_fields": ["Đất đai"],
        "tags": ["cấp giấy chứng nhận", "sổ đỏ"],
        "images": {
            "share": f"{SITE}{rendition.url}",
            "original": f"{SITE}{image.file.url}",
            "body": [],
        },
    }
    with PILImage.open(rendition.file) as picture:
        assert picture.format == "JPEG"
        assert picture.width / picture.height == pytest.approx(1200 / 630, rel=0.01)


def test_infographic_and_leaflet_list_their_images_with_alt_text(client, march, image):
    items = {item["type"]: item for item in client.get(ENDPOINT, MARCH).json()["items"]}
    original = f"{SITE}{image.file.url}"

    assert items["infographic"]["images"]["body"] == [
        {"url": original, "alt": "Năm tác hại của ma túy"}
    ]
    assert items["leaflet"]["images"]["body"] == [
        {"url": original, "alt": "Mặt bìa tờ gấp"},
        {"url": original, "alt": "Mặt trong tờ gấp"},
    ]
    # No cover image: nothing to share.
    assert items["leaflet"]["images"]["share"] is None
    assert items["leaflet"]["images"]["original"] is None


def test_social_image_is_shared_in_place_of_the_cover(client, justice_section, image):
    poster = ImageFactory(title="Áp phích")
    news(justice_section, "Tin có ảnh chia sẻ", local(2025, 3, 2, 8), social_image=poster)
    news(justice_section, "Tin có ảnh đại diện", local(2025, 3, 3, 8), cover_image=image)

    items = client.get(ENDPOINT, MARCH).json()["items"]

    assert items[0]["images"]["original"] == f"{SITE}{poster.file.url}"
    assert items[1]["images"]["original"] == f"{SITE}{image.file.url}"


def test_csv_is_a_download_excel_reads_as_utf8(client, march, image):
    response = client.get(ENDPOINT, {**MARCH, "format": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="pbgdpl-quang-ninh-2025-03-01-2025-03-31.csv"'
    )
    assert response["Cache-Control"] == "public, max-age=300"
    assert response.content.startswith(b"\xef\xbb\xbf")
    text = response.content.decode("utf-8")
    assert text.removeprefix("\ufeff").splitlines()[0] == ",".join(CSV_COLUMNS)
    rows = read_csv(text)
    assert [row["type"] for row in rows] == list(TYPE_LABELS)

    news_row, leaflet_row = rows[0], rows[3]
    assert news_row["id"] == str(march["news"].pk)
    assert news_row["title"] == "Luật Đất đai 2024 có hiệu lực"
    assert news_row["url"] == f"{SITE}/tin-tuc-phap-luat/luat-dat-dai-2024-co-hieu-luc/"
    assert news_row["unit"] == "Sở Tư pháp"
    assert news_row["unit_code"] == "so-tu-phap"
    assert news_row["section"] == "Tin tức pháp luật"
    assert news_row["date"] == "2025-03-01"
    assert news_row["published_at"] == "2025-03-01T09:30:00+07:00"
    assert news_row["type_label"] == "Tin pháp luật"
    assert news_row["legal_fields"] == "Đất đai"
    assert news_row["tags"] == "cấp giấy chứng nhận | sổ đỏ"
    assert news_row["share_image"].startswith(f"{SITE}/media/images/")
    assert news_row["original_image"] == f"{SITE}{image.file.url}"
    assert news_row["body_images"] == ""

    assert leaflet_row["title"] == "Tờ gấp phòng chống bạo lực gia đình"
    assert leaflet_row["body_images"] == f"{SITE}{image.file.url} | {SITE}{image.file.url}"
    assert leaflet_row["body_image_alts"] == "Mặt bìa tờ gấp | Mặt trong tờ gấp"
    assert leaflet_row["share_image"] == ""


def test_command_prints_the_same_records_as_the_endpoint(client, march):
    from_endpoint = client.get(ENDPOINT, MARCH).json()

    from_command = json.loads(export_command("--from", "2025-03-01", "--to", "2025-03-31"))

    assert from_command["count"] == 6
    assert from_command["items"] == from_endpoint["items"]
    assert from_command["from"] == "2025-03-01"
    assert from_command["to"] == "2025-03-31"


def test_command_writes_csv_to_a_file(tmp_path, march):
    target = tmp_path / "pbgdpl-2025-03.csv"
    target.write_text("bản xuất cũ", encoding="utf-8")

    message = export_command(
        "--from=2025-03-01", "--to=2025-03-31", "--format=csv", f"--output={target}"
    )

    assert "Đã xuất 6 hoạt động" in message
    rows = read_csv(target.read_text(encoding="utf-8"))
    assert [row["title"] for row in rows] == [page.title for page in march.values()]
    assert rows[3]["body_image_alts"] == "Mặt bìa tờ gấp | Mặt trong tờ gấp"
    # The file is replaced in one step: no temporary file is left beside it.
    assert list(tmp_path.iterdir()) == [target]


def test_command_exports_the_previous_month_by_default(justice_section):
    first, last = previous_month()
    at = datetime.datetime.combine
    news(justice_section, "Tin đầu tháng trước", at(first, datetime.time(0, 5), tzinfo=VIETNAM))
    news(justice_section, "Tin cuối tháng trước", at(last, datetime.time(23, 50), tzinfo=VIETNAM))
    this_month = last + datetime.timedelta(days=1)
    news(justice_section, "Tin tháng này", at(this_month, datetime.time(0, 5), tzinfo=VIETNAM))

    data = json.loads(export_command())

    assert data["from"] == first.isoformat()
    assert data["to"] == last.isoformat()
    assert [item["title"] for item in data["items"]] == [
        "Tin đầu tháng trước",
        "Tin cuối tháng trước",
    ]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (datetime.date(2025, 3, 15), (datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))),
        (datetime.date(2025, 1, 1), (datetime.date(2024, 12, 1), datetime.date(2024, 12, 31))),
    ],
)
def test_previous_month_is_a_whole_calendar_month(today, expected):
    assert previous_month(today) == expected


def test_range_is_whole_days_in_vietnam(client, justice_section):
    news(justice_section, "Trước nửa đêm đầu kỳ", local(2025, 2, 28, 23, 59))
    news(justice_section, "Ngay sau nửa đêm đầu kỳ", local(2025, 3, 1, 0, 5))
    news(justice_section, "Tối ngày cuối kỳ", local(2025, 3, 31, 23, 30))
    # 00:10 on 1 April in Vietnam is still 31 March in UTC.
    news(justice_section, "Sau nửa đêm cuối kỳ", local(2025, 4, 1, 0, 10))

    response = client.get(ENDPOINT, MARCH)

    assert titles(response) == ["Ngay sau nửa đêm đầu kỳ", "Tối ngày cuối kỳ"]
    first, last = response.json()["items"]
    # 00:05 in Vietnam is 17:05 UTC the day before: the date is Vietnam's.
    assert first["date"] == "2025-03-01"
    assert first["published_at"] == "2025-03-01T00:05:00+07:00"
    assert last["date"] == "2025-03-31"
    assert last["published_at"] == "2025-03-31T23:30:00+07:00"


def test_activities_are_ordered_by_date_then_id(client, justice_section):
    moment = local(2025, 3, 10, 8)
    later = news(justice_section, "Tin B", moment + datetime.timedelta(hours=1))
    second = news(justice_section, "Tin C", moment)
    first = news(justice_section, "Tin A", moment)
    assert second.pk < first.pk

    items = client.get(ENDPOINT, MARCH).json()["items"]

    assert [item["id"] for item in items] == [second.pk, first.pk, later.pk]


def test_only_published_public_pages_are_exported(client, justice_section, ward_section):
    news(justice_section, "Tin công khai", local(2025, 3, 2, 8))
    draft = LegalNewsPageFactory.build(title="Bản nháp", live=False)
    justice_section.add_child(instance=draft)
    draft.save_revision()
    first_published(draft, local(2025, 3, 2, 9))
    withdrawn = news(justice_section, "Tin đã gỡ", local(2025, 3, 3, 8))
    withdrawn.unpublish()
    private = news(justice_section, "Tin nội bộ", local(2025, 3, 4, 8))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    news(ward_section, "Tin trong chuyên mục nội bộ", local(2025, 3, 5, 8))
    PageViewRestriction.objects.create(
        page=ward_section, restriction_type="password", password="bimat"
    )

    assert titles(client.get(ENDPOINT, MARCH)) == ["Tin công khai"]


@pytest.fixture
def english(justice_section):
    """A translated page and an untranslated one, which English shows as an alias."""
    english_locale = Locale.objects.get(language_code="en")
    translated = news(justice_section, "Luật Đất đai 2024", local(2025, 3, 2, 8))
    untranslated = news(justice_section, "Chỉ có tiếng Việt", local(2025, 3, 3, 8))
    page = translated.copy_for_translation(english_locale, copy_parents=True)
    page.title = "The 2024 Land Law"
    page.save_revision().publish()
    first_published(page, local(2025, 3, 6, 8))
    untranslated.copy_for_translation(english_locale, alias=True)
    return page


def test_english_pages_only_when_asked(client, english):
    assert titles(client.get(ENDPOINT, MARCH)) == ["Luật Đất đai 2024", "Chỉ có tiếng Việt"]

    response = client.get(ENDPOINT, {**MARCH, "locale": "en"})

    assert titles(response) == ["The 2024 Land Law"]
    assert response.json()["items"][0]["url"].startswith(f"{SITE}/en/")


def test_filters_by_unit_and_type(client, one_of_each, ward_section):
    for page in one_of_each.values():
        first_published(page, local(2025, 3, 10, 8))
    news(ward_section, "Tin của phường", local(2025, 3, 11, 8))

    ward = client.get(ENDPOINT, {**MARCH, "unit": "phuong-ha-long"})
    videos = client.get(ENDPOINT, {**MARCH, "type": "video"})
    justice_news = client.get(ENDPOINT, {**MARCH, "unit": "so-tu-phap", "type": "legal_news"})

    assert titles(ward) == ["Tin của phường"]
    assert ward.json()["items"][0]["unit"] == "Phường Hạ Long"
    assert titles(videos) == ["Video an toàn giao thông"]
    assert titles(justice_news) == ["Luật Đất đai 2024 có hiệu lực"]


@pytest.mark.parametrize(
    "query",
    [
        {"to": "2025-03-31"},
        {"from": "2025-03-01"},
        {"from": "01/03/2025", "to": "2025-03-31"},
        {"from": "2025-02-30", "to": "2025-03-31"},
        {**MARCH, "format": "xlsx"},
        {**MARCH, "type": "podcast"},
        {**MARCH, "locale": "fr"},
    ],
)
def test_malformed_query_is_a_400_naming_the_parameter(client, db, query):
    response = client.get(ENDPOINT, query)

    assert response.status_code == 400
    body = response.json()
    assert body["detail"].startswith("Dữ liệu không hợp lệ")
    assert body["errors"]
    assert all(error["loc"][0] == "query" for error in body["errors"])
    assert all(".".join(map(str, error["loc"][1:])) in body["detail"] for error in body["errors"])


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"from": "2025-03-31", "to": "2025-03-01"}, "phải bằng hoặc sau ngày đầu"),
        ({"from": "2024-01-01", "to": "2025-01-01"}, "tối đa 366 ngày"),
        ({**MARCH, "unit": "so-khong-ton-tai"}, "Không có đơn vị"),
    ],
)
def test_unservable_query_is_a_400_in_vietnamese(client, db, query, message):
    response = client.get(ENDPOINT, query)

    assert response.status_code == 400
    assert message in response.json()["detail"]


def test_a_whole_leap_year_is_allowed(client, db):
    response = client.get(ENDPOINT, {"from": "2024-01-01", "to": "2024-12-31"})

    assert response.status_code == 200
    assert response.json()["count"] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from=2025-03-32", "--to=2025-03-31"], "không phải ngày dạng YYYY-MM-DD"),
        (["--from=2025-03-31", "--to=2025-03-01"], "phải bằng hoặc sau ngày đầu"),
        (["--from=2024-01-01", "--to=2025-01-01"], "tối đa 366 ngày"),
        (["--from=2025-03-01"], "Cần cả --from và --to"),
        (["--format=xml"], "invalid choice"),
        (["--type=podcast"], "invalid choice"),
        (["--unit=so-khong-ton-tai"], "Không có đơn vị"),
    ],
)
def test_command_rejects_bad_input_clearly(db, args, message):
    with pytest.raises(CommandError, match=message):
        export_command(*args)


def test_command_refuses_a_missing_folder(db, tmp_path):
    target = tmp_path / "khong-co" / "xuat.json"

    with pytest.raises(CommandError, match="Không có thư mục"):
        export_command("--from=2025-03-01", "--to=2025-03-31", f"--output={target}")

    assert not target.parent.exists()


def add_activities(section, count, start_day):
    """``count`` news and infographics, each with its own images, field and tags."""
    for number in range(count):
        day = local(2025, 3, start_day + number, 8)
        page = news(section, f"Tin {start_day}-{number}", day, cover_image=ImageFactory())
        page.legal_fields.add(LegalFieldFactory())
        page.tags.add(f"thẻ {start_day}-{number}")
        page.save_revision().publish()
        infographic = InfographicPage(
            title=f"Infographic {start_day}-{number}",
            summary="Tóm tắt.",
            social_image=ImageFactory(),
            images=[
                ("image", {"image": ImageFactory(), "alt_text": "Trang một", "caption": ""}),
                ("image", {"image": ImageFactory(), "alt_text": "Trang hai", "caption": ""}),
            ],
            transcript="<p>Nội dung.</p>",
        )
        section.add_child(instance=infographic)
        infographic.save_revision().publish()
        first_published(infographic, day)


def test_query_count_does_not_grow_with_the_number_of_pages(
    client, justice_section, django_assert_max_num_queries
):
    add_activities(justice_section, 2, start_day=1)
    client.get(ENDPOINT, MARCH)  # the first export makes the share renditions
    with CaptureQueriesContext(connection) as queries:
        assert len(client.get(ENDPOINT, MARCH).json()["items"]) == 4
    queries_for_four = len(queries)

    add_activities(justice_section, 6, start_day=10)
    client.get(ENDPOINT, MARCH)
    with django_assert_max_num_queries(queries_for_four):
        items = client.get(ENDPOINT, MARCH).json()["items"]

    assert len(items) == 16
    assert all(
        item["legal_fields"] and item["tags"] for item in items if item["type"] == "legal_news"
    )
    assert all(len(item["images"]["body"]) == 2 for item in items if item["type"] == "infographic")


def test_openapi_documents_the_endpoint(client, db):
    schema = client.get("/api/openapi.json").json()

    operation = schema["paths"]["/api/exports/activities"]["get"]
    parameters = {parameter["name"]: parameter for parameter in operation["parameters"]}
    assert set(parameters) == {"from", "to", "format", "unit", "type", "locale"}
    assert parameters["from"]["required"] is True
    assert parameters["to"]["required"] is True
    assert parameters["format"]["schema"]["enum"] == ["json", "csv"]
    assert parameters["locale"]["schema"]["default"] == "vi"
    assert "security" not in operation
    content = operation["responses"]["200"]["content"]
    assert set(content) == {"application/json", "text/csv"}
    export = schema["components"]["schemas"]["ActivityExport"]
    assert {"generated_at", "from", "to", "count", "items"} <= set(export["properties"])
    activity = schema["components"]["schemas"]["Activity"]
    assert set(activity["required"]) == {
        "id",
        "title",
        "summary",
        "url",
        "unit",
        "unit_code",
        "section",
        "date",
        "published_at",
        "type",
        "type_label",
        "legal_fields",
        "tags",
        "images",
    }
