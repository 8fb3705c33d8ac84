"""``/api/taxonomy/`` and the project API's description."""

import pytest

from home.models import Unit
from tests.factories import LegalNewsPageFactory, UnitFactory

pytestmark = pytest.mark.django_db


def test_units_are_listed_active_only_by_default(client, justice_department, ward):
    UnitFactory(name="Huyện Hoành Bồ", kind=Unit.Kind.DISTRICT_HISTORICAL, is_active=False)
    names = [unit["name"] for unit in client.get("/api/taxonomy/units").json()]
    assert set(names) == {"Sở Tư pháp", "Phường Hạ Long"}
    communes = client.get("/api/taxonomy/units", {"kind": "commune"}).json()
    assert communes == [
        {
            "id": ward.pk,
            "name": "Phường Hạ Long",
            "short_name": ward.short_name,
            "slug": ward.slug,
            "kind": "commune",
            "kind_label": ward.get_kind_display(),
        }
    ]
    everything = client.get("/api/taxonomy/units", {"include_inactive": "true"}).json()
    assert len(everything) == 3


def test_bad_filter_values_get_400_with_detail(client):
    response = client.get("/api/taxonomy/units", {"kind": "tinh"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["loc"] == ["query", "kind"]
    assert "kind" in response.json()["detail"]
    response = client.get("/api/taxonomy/sections", {"locale": "fr"})
    assert response.status_code == 400
    assert "fr" in response.json()["detail"]


def test_legal_fields_sections_and_tags(client, land_field, justice_section, justice_department):
    page = LegalNewsPageFactory(parent=justice_section)
    page.tags.add("sổ đỏ")
    page.save_revision().publish()
    assert client.get("/api/taxonomy/legal-fields").json()[0]["slug"] == land_field.slug
    [section] = client.get("/api/taxonomy/sections").json()
    assert section["id"] == justice_section.pk
    assert section["url"] == justice_section.full_url
    assert section["unit"] == justice_department.slug
    assert client.get("/api/taxonomy/tags").json() == [
        {"name": "sổ đỏ", "slug": page.tags.get().slug, "pages": 1}
    ]


def test_openapi_schema_and_offline_documentation(client):
    schema = client.get("/api/openapi.json").json()
    assert {"/api/taxonomy/units", "/api/taxonomy/legal-fields"} <= set(schema["paths"])
    docs = client.get("/api/docs")
    assert docs.status_code == 200
    # The interactive documentation loads nothing from other hosts.
    assert "cdn." not in docs.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in docs.content.decode()
