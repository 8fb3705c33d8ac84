"""The body of every error the project's endpoints under ``/api/`` answer."""

from ninja import Field, Schema


class FieldErrorOut(Schema):
    loc: list[str | int] = Field(
        description="Vị trí: query, path hoặc body, rồi tên tham số (hoặc trường)."
    )
    msg: str
    type: str


class ErrorOut(Schema):
    detail: str = Field(description="Lý do, bằng tiếng Việt, để hiển thị cho người dùng.")
    code: str | None = Field(
        None, description="Mã lý do cho chương trình đọc, nếu có (ví dụ cccd_taken)."
    )
    errors: list[FieldErrorOut] | None = Field(
        None, description="Với lỗi 400 do tham số hoặc dữ liệu gửi lên: từng chỗ sai."
    )
