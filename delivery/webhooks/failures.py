"""What went wrong with a delivery, told in Vietnamese to the people who read the log.

The log keeps the technical detail as it came (an HTTP status and the start of the
answer, or the error's class and message, which are English); ``explain`` turns it into
a sentence an editor understands, and the detail stays beside it for whoever runs the
receiving server.
"""

from delivery.models import WebhookDelivery

# urllib3's errors by class name, the most specific first where one derives from another
# (NameResolutionError < NewConnectionError < ConnectTimeoutError).
ERRORS = {
    "NameResolutionError": "Không tìm thấy tên miền của máy chủ nhận.",
    "NewConnectionError": "Không kết nối được tới máy chủ nhận: máy chủ tắt, sai cổng hoặc "
    "tường lửa chặn.",
    "ConnectTimeoutError": "Hết thời gian chờ: máy chủ nhận không chấp nhận kết nối.",
    "ReadTimeoutError": "Hết thời gian chờ: máy chủ nhận không trả lời kịp.",
    "SSLError": "Không thiết lập được kết nối an toàn (HTTPS): chứng chỉ của máy chủ nhận "
    "không hợp lệ hoặc đã hết hạn.",
    "ProtocolError": "Máy chủ nhận ngắt kết nối giữa chừng.",
}
OTHER_ERROR = "Không gửi được tới máy chủ nhận."

STATUS_MEANINGS = {
    400: "nội dung gửi bị coi là không hợp lệ",
    401: "cần xác thực, kiểm tra tài khoản trong địa chỉ nhận",
    403: "từ chối quyền truy cập",
    404: "không có địa chỉ nhận này, kiểm tra lại đường dẫn",
    405: "địa chỉ nhận không chấp nhận phương thức POST",
    408: "máy chủ nhận hết thời gian chờ",
    410: "địa chỉ nhận không còn nữa",
    413: "nội dung gửi quá lớn",
    429: "gửi quá nhiều, máy chủ nhận yêu cầu chờ",
    500: "máy chủ nhận gặp lỗi",
    502: "cổng trung gian của máy chủ nhận không nhận được trả lời",
    503: "máy chủ nhận tạm thời không phục vụ",
    504: "cổng trung gian của máy chủ nhận hết thời gian chờ",
}


def _status_meaning(code):
    if code in STATUS_MEANINGS:
        return STATUS_MEANINGS[code]
    if 300 <= code < 400:
        return "máy chủ nhận chuyển hướng, mà webhook không đi theo chuyển hướng"
    if 400 <= code < 500:
        return "máy chủ nhận từ chối nội dung gửi"
    return "máy chủ nhận gặp lỗi"


def explain(delivery):
    """Why the last attempt of ``delivery`` failed, in Vietnamese; empty when it did not
    fail (or has not been tried)."""
    code = delivery.response_status_code
    detail = delivery.response_excerpt
    if delivery.status == WebhookDelivery.Status.SUCCEEDED or (code is None and not detail):
        return ""
    if code is not None and not 200 <= code < 300:
        return f"Máy chủ nhận trả lời HTTP {code}: {_status_meaning(code)}."
    error_class = detail.partition(":")[0].strip()
    if error_class in ERRORS:
        return ERRORS[error_class]
    if error_class.isidentifier() and error_class.isascii():
        return OTHER_ERROR
    # Refusals and pauses are recorded in Vietnamese already.
    return detail
