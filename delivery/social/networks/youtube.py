"""YouTube Data API v3: a video page's file goes up by ``videos.insert``'s resumable
upload (a POST with the metadata answers the upload's address in ``Location``; a PUT
there sends the bytes); ``videos.delete`` removes it. OAuth access token as Bearer."""

from .base import (
    UPLOAD_TIMEOUT,
    Adapter,
    Posted,
    RateLimited,
    Rejected,
    TokenRejected,
    retry_after_header,
)

RATE_LIMIT_REASONS = {"quotaExceeded", "rateLimitExceeded", "userRateLimitExceeded"}
TITLE_LENGTH = 100


class YouTubeAdapter(Adapter):
    network = "youtube"
    name = "YouTube"
    videos_only = True

    @property
    def headers(self):
        return {"Authorization": f"Bearer {self.account.access_token}"}

    def post(self, item):
        if item.video is None:
            raise Rejected("Chỉ đăng lên YouTube được trang video có tệp video tải lên.")
        metadata = {
            "snippet": {
                "title": item.title[:TITLE_LENGTH],
                "description": f"{item.text}\n\n{item.link}",
                "tags": item.tags,
            },
            "status": {"privacyStatus": "public"},
        }
        started = self.request(
            "POST",
            f"{self.base_url}/upload/youtube/v3/videos",
            params={"uploadType": "resumable", "part": "snippet,status"},
            headers={
                **self.headers,
                "X-Upload-Content-Type": item.video.content_type,
                "X-Upload-Content-Length": str(item.video.size),
            },
            json=metadata,
        )
        self.check(started)
        upload_url = started.headers.get("Location")
        if not upload_url:
            raise self.unavailable(started)
        with item.video.open() as source:
            uploaded = self.request(
                "PUT",
                upload_url,
                headers={**self.headers, "Content-Type": item.video.content_type},
                data=source,
                timeout=UPLOAD_TIMEOUT,
            )
        video_id = self.check(uploaded)["id"]
        return Posted(video_id, f"https://www.youtube.com/watch?v={video_id}")

    def remove(self, remote_id):
        self.check(
            self.request(
                "DELETE",
                f"{self.base_url}/youtube/v3/videos",
                params={"id": remote_id},
                headers=self.headers,
            )
        )

    def check(self, response):
        body = self.answer_json(response)
        if response.ok:
            return body
        error = body.get("error") or {}
        reasons = {detail.get("reason") for detail in error.get("errors", [])}
        message = str(error.get("message", ""))[:200]
        if response.status_code == 401:
            raise TokenRejected("Mã truy cập YouTube không còn hiệu lực (HTTP 401).")
        if response.status_code == 429 or reasons & RATE_LIMIT_REASONS:
            raise RateLimited(
                "YouTube giới hạn số lần tải lên (hết hạn mức).", retry_after_header(response)
            )
        if response.status_code >= 500:
            raise self.unavailable(response)
        raise Rejected(f"YouTube từ chối video (HTTP {response.status_code}): {message}")
