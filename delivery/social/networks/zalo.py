"""Zalo Official Account: articles through the OA API. ``POST /v2.0/article/create``
answers a token; ``POST /v2.0/article/verify`` with it gives the article's id;
``POST /v2.0/article/remove`` takes it down. The token goes in the ``access_token``
header, as Zalo asks. Zalo answers HTTP 200 with ``error`` 0 on success and a negative
code otherwise."""

from .base import Adapter, Posted, RateLimited, Rejected, TokenRejected

TOKEN_CODES = {-216, -124, -220}
RATE_LIMIT_CODES = {-32, -229}
TITLE_LENGTH = 150
DESCRIPTION_LENGTH = 300


class ZaloAdapter(Adapter):
    network = "zalo"
    name = "Zalo OA"

    @property
    def headers(self):
        return {"access_token": self.account.access_token}

    def post(self, item):
        body = [{"type": "text", "content": item.text}]
        if item.link:
            body.append({"type": "text", "content": f'<a href="{item.link}">{item.link}</a>'})
        article = {
            "type": "normal",
            "title": item.title[:TITLE_LENGTH],
            "author": self.account.name,
            "description": item.text[:DESCRIPTION_LENGTH],
            "body": body,
            "status": "show",
            "comment": "show",
        }
        created = self.call("article/create", article)
        verified = self.call("article/verify", {"token": created["token"]})
        return Posted(str(verified["id"]), verified.get("url", ""))

    def remove(self, remote_id):
        self.call("article/remove", {"id": remote_id})

    def call(self, endpoint, payload):
        response = self.request(
            "POST", f"{self.base_url}/v2.0/{endpoint}", headers=self.headers, json=payload
        )
        body = self.answer_json(response)
        if response.status_code >= 500 or not body:
            raise self.unavailable(response)
        code = body.get("error", 0)
        if code == 0 and response.ok:
            return body.get("data") or {}
        message = str(body.get("message", ""))[:200]
        if code in TOKEN_CODES:
            raise TokenRejected(f"Mã truy cập Zalo OA không còn hiệu lực (mã lỗi {code}).")
        if code in RATE_LIMIT_CODES or response.status_code == 429:
            raise RateLimited(f"Zalo OA giới hạn số lần đăng (mã lỗi {code}).")
        raise Rejected(f"Zalo OA từ chối bài viết (mã lỗi {code}): {message}")
