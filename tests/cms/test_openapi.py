"""``/api/openapi.json`` is a document district developers can generate a client from:
one schema per name, every error an operation can answer documented, valid OpenAPI."""

import enum
import typing

import pytest
from openapi_spec_validator import validate
from pydantic import BaseModel

from cms.api import api

ERROR_STATUSES = {"400", "403", "404", "409", "429", "503"}
METHODS = {"get", "put", "post", "delete", "patch"}


@pytest.fixture
def document(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def operations(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield f"{method.upper()} {path}", operation


def resolve(document, schema):
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def named_types(annotation, found):
    """The models and enums an annotation refers to, nested ones included."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in found:
            return
        found.add(annotation)
        for field in annotation.model_fields.values():
            named_types(field.annotation, found)
    elif isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        found.add(annotation)
    for argument in typing.get_args(annotation):
        named_types(argument, found)


def schema_types():
    """Every model and enum the API's operations take or return. Ninja wraps each
    operation's parameters and responses in models of its own; what they hold is what
    the document names."""
    found = set()
    for bound_router in api._get_bound_routers():
        for path_view in bound_router.path_operations.values():
            for operation in path_view.operations:
                wrappers = [*operation.models, *operation.response_models.values()]
                for wrapper in wrappers:
                    if isinstance(wrapper, type) and issubclass(wrapper, BaseModel):
                        for field in wrapper.model_fields.values():
                            named_types(field.annotation, found)
    return found


def test_no_two_schemas_share_a_name():
    by_name = {}
    for schema_type in schema_types():
        by_name.setdefault(schema_type.__name__, set()).add(
            f"{schema_type.__module__}.{schema_type.__qualname__}"
        )
    assert {name: paths for name, paths in by_name.items() if len(paths) > 1} == {}


def test_search_is_documented_with_the_search_result(document):
    ok = document["paths"]["/api/search"]["get"]["responses"]["200"]
    body = resolve(document, ok["content"]["application/json"]["schema"])
    result = resolve(document, body["properties"]["results"]["items"])
    assert {"kind", "title", "highlight", "number", "status_label"} <= set(result["properties"])


def test_every_operation_documents_the_errors_it_can_answer(document):
    for name, operation in operations(document):
        statuses = set(operation["responses"])
        expected = ERROR_STATUSES | ({"401"} if operation.get("security") else set())
        assert expected <= statuses, name
        for status in expected:
            content = operation["responses"][status]["content"]["application/json"]
            error = resolve(document, content["schema"])
            assert error["required"] == ["detail"], (name, status)
            assert error["properties"]["detail"]["type"] == "string"
            assert "code" in error["properties"]
        for status in ("429", "503"):
            assert "Retry-After" in operation["responses"][status]["headers"], name
        # The web server's own answer to an address too long for it, not JSON.
        assert "content" not in operation["responses"]["414"], name


def test_protected_operations_name_their_scheme(document):
    me = document["paths"]["/api/contests/me"]["get"]
    assert me["security"] == [{"ParticipantAuth": []}]
    assert "401" in me["responses"]
    units = document["paths"]["/api/taxonomy/units"]["get"]
    assert "security" not in units and "401" not in units["responses"]


def test_sign_in_documents_its_answer_to_a_wrong_password(document):
    sign_in = document["paths"]["/api/contests/token"]["post"]
    assert "security" not in sign_in
    assert sign_in["responses"]["401"]["description"] == "Số điện thoại hoặc mật khẩu không đúng."


def test_document_is_valid_openapi(document):
    validate(document)
