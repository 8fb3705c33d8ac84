"""X through API v2: ``POST /2/tweets`` with the text and the page's link,
``DELETE /2/tweets/:id`` to remove, a user access token as Bearer."""

import time

from .base import Adapter, Posted, RateLimited, Rejected, TokenRejected, retry_after_header


class XAdapter(Adapter):
    network = "x"
    name = "X"

    @property
    def headers(self):
        return {"Authorization": f"Bearer {self.account.access_token}"}

    def post(self, item):
        response = self.request(
            "POST",
            f"{self.base_url}/2/tweets",
            headers=self.headers,
            json={"text": f"{item.text} {item.link}".strip()},
        )
        tweet_id = self.check(response)["data"]["id"]
        return Posted(tweet_id, f"https://x.com/i/web/status/{tweet_id}")

    def remove(self, remote_id):
        self.check(
            self.request("DELETE", f"{self.base_url}/2/tweets/{remote_id}", headers=self.headers)
        )

    def check(self, response):
        body = self.answer_json(response)
        if response.ok and "data" in body:
            return body
        if response.status_code == 401:
            raise TokenRejected("Mã truy cập X không còn hiệu lực (HTTP 401).")
        if response.status_code == 429:
            raise RateLimited("X giới hạn số lần đăng (HTTP 429).", self.reset_in(response))
        if response.status_code >= 500 or response.ok:
            raise self.unavailable(response)
        detail = str(body.get("detail") or body.get("title") or "")[:200]
        raise Rejected(f"X từ chối bài đăng (HTTP {response.status_code}): {detail}")

    def reset_in(self, response):
        reset = response.headers.get("x-rate-limit-reset", "")
        if reset.isdigit():
            return max(int(reset) - int(time.time()), 0)
        return retry_after_header(response)
