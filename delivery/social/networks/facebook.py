"""Facebook Page through the Graph API: ``POST /{page-id}/feed`` for a message with the
page's link, ``POST /{page-id}/videos`` (multipart ``source``) for a video page's file,
``DELETE /{post-id}`` to remove. The token (a Page access token) goes in the
Authorization header, never in a URL."""

from .base import UPLOAD_TIMEOUT, Adapter, Posted, RateLimited, Rejected, TokenRejected

# Graph error codes (developers.facebook.com/docs/graph-api/guides/error-handling).
TOKEN_CODES = {102, 190}
RATE_LIMIT_CODES = {4, 17, 32, 613, 80001}
MEDIA_CODES = {324, 351, 352, 6000, 6001}


class FacebookAdapter(Adapter):
    network = "facebook"
    name = "Facebook"

    @property
    def headers(self):
        return {"Authorization": f"Bearer {self.account.access_token}"}

    def post(self, item):
        page_id = self.account.account_id
        if item.video:
            description = f"{item.text}\n\n{item.link}".strip()
            with item.video.open() as source:
                response = self.request(
                    "POST",
                    f"{self.base_url}/{page_id}/videos",
                    headers=self.headers,
                    data={"title": item.title, "description": description},
                    files={"source": (item.video.name, source, item.video.content_type)},
                    timeout=UPLOAD_TIMEOUT,
                )
            video_id = self.check(response)["id"]
            return Posted(video_id, f"https://www.facebook.com/{page_id}/videos/{video_id}")
        response = self.request(
            "POST",
            f"{self.base_url}/{page_id}/feed",
            headers=self.headers,
            data={"message": item.text, **({"link": item.link} if item.link else {})},
        )
        post_id = self.check(response)["id"]
        return Posted(post_id, f"https://www.facebook.com/{post_id.replace('_', '/posts/', 1)}")

    def remove(self, remote_id):
        self.check(self.request("DELETE", f"{self.base_url}/{remote_id}", headers=self.headers))

    def check(self, response):
        body = self.answer_json(response)
        if response.ok and "error" not in body:
            return body
        error = body.get("error") or {}
        code = error.get("code")
        message = str(error.get("message", ""))[:200]
        if code in TOKEN_CODES:
            raise TokenRejected(f"Mã truy cập Facebook không còn hiệu lực (mã lỗi {code}).")
        if code in RATE_LIMIT_CODES or response.status_code == 429:
            raise RateLimited(f"Facebook giới hạn số lần đăng (mã lỗi {code}).")
        if error.get("is_transient") or response.status_code >= 500:
            raise self.unavailable(response)
        if code in MEDIA_CODES:
            raise Rejected(f"Facebook không nhận tệp video (mã lỗi {code}): {message}")
        raise Rejected(f"Facebook từ chối bài đăng (mã lỗi {code}): {message}")
