"""The OpenAPI document of ``/api/``: beside its own answers, every operation documents
the errors any operation can give and their body, so that a client generated from the
document knows them. Endpoints declare only their successful responses (and errors
peculiar to them, such as oEmbed's 501)."""

from ninja import NinjaAPI
from ninja.openapi.schema import REF_TEMPLATE, OpenAPISchema
from ninja.schema import NinjaGenerateJsonSchema

from core.api_errors import ErrorOut

# Operations that answer 401 without asking for a token: sign-in, to a wrong password.
CHECK_CREDENTIALS = {("post", "/api/contests/token")}

ERRORS = {
    400: "Tham số hoặc dữ liệu gửi lên không hợp lệ.",
    401: "Thiếu mã đăng nhập (Authorization: Bearer …), hoặc mã đã hết hạn hay bị thu hồi.",
    403: "Không được phép, ví dụ người dự thi không thuộc đối tượng của cuộc thi.",
    404: "Không có, hoặc chưa được xuất bản.",
    409: "Trái với trạng thái hiện tại, ví dụ vòng thi chưa mở hoặc đã hết lượt làm bài.",
    429: "Quá nhiều yêu cầu; thử lại sau số giây trong Retry-After.",
    503: "Dịch vụ tạm thời gián đoạn; thử lại sau số giây trong Retry-After.",
}
WRONG_CREDENTIALS = "Số điện thoại hoặc mật khẩu không đúng."
# Answered by the web server in front of Django (gunicorn, nginx), in its own format.
URI_TOO_LONG = "Địa chỉ (đường dẫn và tham số) dài quá mức máy chủ web nhận."
RETRY_AFTER = {
    "Retry-After": {
        "description": "Số giây nên chờ trước khi thử lại.",
        "schema": {"type": "integer", "minimum": 0},
    }
}


class DocumentWithErrors(OpenAPISchema):
    def get_paths(self):
        paths = super().get_paths()
        error = self.error_schema()
        for path, item in paths.items():
            for method, operation in item.items():
                checks_credentials = (method, path) in CHECK_CREDENTIALS
                operation["responses"] = with_errors(
                    operation["responses"], error, "security" in operation, checks_credentials
                )
        return paths

    def error_schema(self):
        schema = ErrorOut.model_json_schema(
            ref_template=REF_TEMPLATE,
            schema_generator=NinjaGenerateJsonSchema,
            mode="serialization",
        )
        self.add_schema_definitions({**schema.pop("$defs", {}), ErrorOut.__name__: schema})
        return {"$ref": REF_TEMPLATE.format(model=ErrorOut.__name__)}


def with_errors(responses, error, needs_token, checks_credentials):
    """An operation's own responses and the errors any operation can give."""
    responses = dict(responses)
    for status, description in ERRORS.items():
        if status == 401 and not needs_token:
            if not checks_credentials:
                continue
            description = WRONG_CREDENTIALS
        documented = responses.setdefault(status, {"description": description})
        documented.setdefault("content", {"application/json": {"schema": error}})
        if status in (429, 503):
            documented.setdefault("headers", RETRY_AFTER)
    responses.setdefault(414, {"description": URI_TOO_LONG})
    return dict(sorted(responses.items()))


class DocumentedErrorsAPI(NinjaAPI):
    """A NinjaAPI whose OpenAPI document lists every operation's errors."""

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        if path_prefix is None:
            path_prefix = self.get_root_path(path_params or {})
        return DocumentWithErrors(self, path_prefix)
