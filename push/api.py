"""``/api/push/``: a device follows a contest, a question or an exchange, and stops.

These are the site's own requests: the browser's session says who the visitor is (the
signed-in participant, the question tracked in this session), so every call but two needs
the session's CSRF token (header ``X-CSRFToken``, given by ``config``) and comes from the
site's own pages. The two: ``config`` itself, and ``renew``, which the service worker
calls without a session and which proves itself with the old endpoint. The endpoint a
browser gives is sent in a body, never in an address, and never answered back: it
reaches no log.
"""

from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from ninja.utils import check_csrf

from django.db import DatabaseError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import add_never_cache_headers

from core.ids import MAX_ID
from home.rate_limits import AddressThrottle, RateLimits

from . import keys, subscriptions, topics

router = Router(tags=["Thông báo đẩy"])
LIMITS = RateLimits("PUSH_RATE_LIMITS", "push")

BASE64URL = r"^[A-Za-z0-9_-]+={0,2}$"
OFF = "Cổng chưa bật thông báo trên điện thoại."


class KindOut(Schema):
    kind: str
    label: str


class ConfigOut(Schema):
    enabled: bool = Field(description="false khi máy chủ chưa có khóa VAPID: không gửi gì.")
    public_key: str = Field(description="Khóa VAPID công khai (applicationServerKey), base64url.")
    kinds: list[KindOut]
    csrf_token: str = Field(description="Mã CSRF của phiên: gửi lại trong header X-CSRFToken.")


class KeysIn(Schema):
    p256dh: str = Field(
        max_length=200, pattern=BASE64URL, description="Khóa P-256 của trình duyệt."
    )
    auth: str = Field(max_length=200, pattern=BASE64URL, description="Khóa xác thực 16 byte.")


class TopicIn(Schema):
    kind: str = Field(
        max_length=topics.KIND_MAX_LENGTH,
        pattern=r"^[a-z_]+$",
        description="Loại: contest (cuộc thi đã đăng ký), question (câu hỏi đang tra cứu), "
        "exchange (buổi giao lưu trực tuyến).",
    )
    id: int = Field(ge=1, le=MAX_ID, description="Mã trang cuộc thi, câu hỏi hoặc buổi giao lưu.")


class EndpointIn(Schema):
    endpoint: str = Field(
        max_length=subscriptions.ENDPOINT_MAX_LENGTH,
        description="PushSubscription.endpoint của trình duyệt.",
    )


class SubscribeIn(EndpointIn):
    keys: KeysIn
    topic: TopicIn


class RenewIn(EndpointIn):
    old_endpoint: str = Field(
        max_length=subscriptions.ENDPOINT_MAX_LENGTH,
        description="Địa chỉ cũ mà trình duyệt vừa thay (pushsubscriptionchange).",
    )
    keys: KeysIn


class TopicOfDeviceIn(EndpointIn):
    topic: TopicIn


class FollowingOut(Schema):
    kind: str
    id: int
    label: str = Field(description="Tên loại thông báo.")
    subscribed: bool = Field(description="Thiết bị này có đang nhận thông báo này không.")


class UnfollowedOut(FollowingOut):
    device_kept: bool = Field(
        description="true khi thiết bị vẫn theo dõi nội dung khác: trình duyệt giữ đăng ký."
    )


class ForgottenOut(Schema):
    removed: bool = Field(description="true khi thiết bị đã có và nay đã bị xóa.")


class RenewedOut(Schema):
    renewed: bool = Field(description="false khi không biết địa chỉ cũ (không có gì để chuyển).")


def _same_site(request):
    """The session's CSRF check (which also compares Origin with the site)."""
    if check_csrf(request) is not None:
        raise HttpError(
            403, "Yêu cầu không đến từ trang của cổng (thiếu mã CSRF); hãy tải lại trang."
        )


def _kind(topic):
    try:
        return subscriptions.kind_or_refuse(topic.kind)
    except topics.NotFollowable as refusal:
        raise HttpError(refusal.status, refusal.message) from None


def _following(kind, object_id, subscribed):
    return {"kind": kind.name, "id": object_id, "label": kind.label, "subscribed": subscribed}


@router.get("/config", response=ConfigOut, summary="Cấu hình thông báo đẩy")
def config(request, response: HttpResponse):
    """Khóa công khai để trình duyệt đăng ký, các loại thông báo có thể nhận, và mã CSRF
    của phiên cho các yêu cầu đăng ký, hủy đăng ký."""
    add_never_cache_headers(response)
    return {
        "csrf_token": get_token(request),
        "enabled": keys.enabled(),
        "public_key": keys.public_key(),
        "kinds": [{"kind": kind.name, "label": kind.label} for kind in topics.kinds()],
    }


@router.post(
    "/subscriptions",
    response={201: FollowingOut},
    throttle=AddressThrottle(LIMITS, "subscribe"),
    summary="Nhận thông báo về một cuộc thi, câu hỏi hoặc buổi giao lưu",
)
def subscribe(request, data: SubscribeIn):
    """Lưu đăng ký của thiết bị (PushSubscription.toJSON() của trình duyệt) và cho thiết bị
    theo dõi topic. Chỉ theo dõi được cuộc thi mà người dự thi đang đăng nhập đã đăng ký,
    câu hỏi đang tra cứu trong phiên này, và buổi giao lưu đã đăng. 403 nếu không được
    phép, 404 nếu không có, 409 nếu cổng chưa bật thông báo."""
    _same_site(request)
    if not keys.enabled():
        raise HttpError(409, OFF)
    kind = _kind(data.topic)
    try:
        kind.may_follow(request, data.topic.id)
    except topics.NotFollowable as refusal:
        raise HttpError(refusal.status, refusal.message) from None
    try:
        subscriptions.follow(
            data.endpoint, data.keys.p256dh, data.keys.auth, kind.name, data.topic.id
        )
    except subscriptions.InvalidSubscription as error:
        raise HttpError(400, str(error)) from None
    except DatabaseError:
        raise HttpError(409, "Không lưu được đăng ký; hãy thử lại.") from None
    return Status(201, _following(kind, data.topic.id, True))


@router.post(
    "/subscriptions/status",
    response=FollowingOut,
    throttle=AddressThrottle(LIMITS, "status"),
    summary="Thiết bị có đang nhận thông báo này không",
)
def status(request, data: TopicOfDeviceIn):
    _same_site(request)
    kind = _kind(data.topic)
    following = subscriptions.follows(data.endpoint, kind.name, data.topic.id)
    return _following(kind, data.topic.id, following)


@router.post(
    "/subscriptions/unsubscribe",
    response=UnfollowedOut,
    throttle=AddressThrottle(LIMITS, "unsubscribe"),
    summary="Thôi nhận thông báo về một cuộc thi, câu hỏi hoặc buổi giao lưu",
)
def unsubscribe(request, data: TopicOfDeviceIn):
    """Thiết bị thôi theo dõi topic; thiết bị không còn theo dõi gì thì bị xóa hẳn."""
    _same_site(request)
    kind = _kind(data.topic)
    subscriptions.unfollow(data.endpoint, kind.name, data.topic.id)
    kept = subscriptions.find(data.endpoint) is not None
    return {**_following(kind, data.topic.id, False), "device_kept": kept}


@router.post(
    "/subscriptions/forget",
    response=ForgottenOut,
    throttle=AddressThrottle(LIMITS, "unsubscribe"),
    summary="Xóa thiết bị: thôi nhận mọi thông báo",
)
def forget(request, data: EndpointIn):
    _same_site(request)
    return {"removed": subscriptions.forget(data.endpoint)}


@router.post(
    "/subscriptions/renew",
    response=RenewedOut,
    throttle=AddressThrottle(LIMITS, "subscribe"),
    summary="Trình duyệt thay đăng ký của thiết bị",
)
def renew(request, data: RenewIn):
    """Gọi từ service worker khi trình duyệt làm mới đăng ký (pushsubscriptionchange): thiết
    bị giữ những gì đang theo dõi. Không cần phiên: địa chỉ cũ là bằng chứng."""
    try:
        renewed = subscriptions.renew(
            data.old_endpoint, data.endpoint, data.keys.p256dh, data.keys.auth
        )
    except subscriptions.InvalidSubscription as error:
        raise HttpError(400, str(error)) from None
    return {"renewed": renewed}
