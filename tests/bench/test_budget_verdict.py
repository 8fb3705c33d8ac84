"""The budget's verdict on Lighthouse reports (bench/budget/verdict.py) and the repeat
visit's account of where static files came from (bench/budget/repeat_visit.py), on
reports and DevTools events shaped as Lighthouse 12.2.3 and Chromium write them."""

from bench.budget.repeat_visit import _NetworkLog, served_static_files
from bench.budget.verdict import MAX_FIRST_VISIT_BYTES, judge, median_run, table

URL = "http://127.0.0.1:8000/to-gap/"


def audit(score, mode="binary", title="An audit", **extra):
    return {"title": title, "score": score, "scoreDisplayMode": mode, **extra}


def report(performance=1, accessibility=1, weight=60_000, requests=5):
    """A Lighthouse report of a page that meets the budget, unless told otherwise."""
    return {
        "finalDisplayedUrl": URL,
        "categories": {
            "performance": {
                "score": performance,
                "auditRefs": [
                    {"id": "largest-contentful-paint", "weight": 25},
                    {"id": "total-byte-weight", "weight": 0},
                ],
            },
            "accessibility": {
                "score": accessibility,
                "auditRefs": [{"id": "color-contrast", "weight": 7}],
            },
        },
        "audits": {
            "largest-contentful-paint": audit(1, "numeric", displayValue="1.2 s"),
            "color-contrast": audit(1),
            "total-byte-weight": audit(
                1,
                "informative",
                numericValue=weight,
                details={"items": [{"url": URL + "anh.webp", "totalBytes": weight - 1000}]},
            ),
            "network-requests": audit(
                None, "informative", details={"items": [{"url": URL}] * requests}
            ),
            "viewport": audit(1, "metricSavings", title="Has a viewport meta tag"),
            "is-on-https": audit(1),
            "redirects-http": audit(None, "notApplicable"),
        },
    }


def test_a_page_within_the_budget_passes_with_its_figures():
    result = judge("leaflet", report(weight=115_000, requests=10))

    assert result.passed, result.failures
    assert result.url == URL
    assert result.weight_bytes == 115_000
    assert result.requests == 10
    assert "| leaflet | " + URL + " | 100 | 100 | 112.3 | 10 | PASS |" in table([result])


def test_a_score_of_99_fails_naming_the_audits_that_lost_points():
    lhr = report(performance=0.99, accessibility=0.93)
    lhr["audits"]["largest-contentful-paint"].update(score=0.95, displayValue="2.6 s")
    lhr["audits"]["color-contrast"].update(
        score=0, details={"items": [{"node": {"selector": "a.the-le"}}]}
    )

    result = judge("home", lhr)

    assert result.failures == [
        "performance 99 < 100: largest-contentful-paint (score 0.95, 2.6 s)",
        "accessibility 93 < 100: color-contrast (score 0, elements: a.the-le)",
    ]


def test_a_score_that_rounds_to_100_still_fails():
    assert not judge("home", report(performance=0.996)).passed


def test_the_weight_limit_is_150_kib_inclusive():
    assert MAX_FIRST_VISIT_BYTES == 153_600
    assert judge("home", report(weight=153_600)).passed

    result = judge("home", report(weight=153_601))

    assert len(result.failures) == 1
    assert result.failures[0].startswith("total-byte-weight: 153,601 bytes (150.0 KB)")
    assert URL + "anh.webp" in result.failures[0]


def test_a_failed_or_missing_pwa_audit_fails_and_not_applicable_passes():
    lhr = report()
    lhr["audits"]["viewport"]["score"] = 0
    del lhr["audits"]["is-on-https"]

    result = judge("search", lhr)

    assert result.failures == [
        "viewport: Has a viewport meta tag (failed)",
        "is-on-https: the audit did not run",
    ]


def test_a_run_lighthouse_could_not_finish_fails_with_its_error():
    lhr = {"finalDisplayedUrl": URL, "runtimeError": {"code": "NO_NAVSTART", "message": "Again"}}

    result = judge("leaflet", lhr)

    assert result.failures == ["Lighthouse failed: NO_NAVSTART: Again"]
    assert "| n/a | n/a |" in table([result])


def test_the_median_run_is_judged_and_unfinished_runs_are_left_out():
    slow, middle, fast = (judge("search", report(performance=score)) for score in (0.96, 0.99, 1))
    broken = judge(
        "search", {"finalDisplayedUrl": URL, "runtimeError": {"code": "X", "message": ""}}
    )

    assert median_run([fast, slow, middle]) is middle
    assert median_run([broken, fast, slow]) is slow
    assert median_run([broken]) is broken


class FakeSession:
    """Stands for Playwright's CDPSession: keeps the handlers, replays events."""

    def __init__(self):
        self.handlers = {}

    def on(self, event, handler):
        self.handlers[event] = handler

    def send(self, method):
        assert method == "Network.enable"

    def emit(self, event, **params):
        self.handlers[event](params)


def request(session, request_id, url):
    session.emit("Network.requestWillBeSent", requestId=request_id, request={"url": url})


def test_static_files_from_a_cache_or_service_worker_are_local_and_the_rest_network():
    session = FakeSession()
    log = _NetworkLog(session)
    origin = "http://127.0.0.1:8000"
    request(session, "1", origin + "/static/css/site.abc.css")
    session.emit("Network.requestServedFromCache", requestId="1")
    request(session, "2", origin + "/static/js/share.abc.js")
    session.emit("Network.responseReceived", requestId="2", response={"fromDiskCache": True})
    request(session, "3", origin + "/static/js/leaflet.abc.js")
    session.emit("Network.responseReceived", requestId="3", response={"fromServiceWorker": True})
    request(session, "4", origin + "/static/img/favicon.abc.svg")
    session.emit("Network.responseReceived", requestId="4", response={"status": 304})
    request(session, "5", origin + "/media/images/anh.webp")

    local, network = log.static_requests()

    assert local == [
        origin + "/static/css/site.abc.css",
        origin + "/static/js/leaflet.abc.js",
        origin + "/static/js/share.abc.js",
    ]
    assert network == [origin + "/static/img/favicon.abc.svg"]


def test_static_files_the_server_answered_are_read_from_its_access_log(tmp_path):
    access_log = tmp_path / "access.log"
    before = '127.0.0.1 - - [06/Dec/2026:11:05:48 +0000] "GET / HTTP/1.1" 200 18872 "-" "Chrome"\n'
    access_log.write_text(
        before
        + '127.0.0.1 - - [06/Dec/2026:11:05:49 +0000] "GET /static/css/site.abc.css HTTP/1.1" '
        '200 6922 "http://127.0.0.1:8000/" "Chrome"\n'
        '127.0.0.1 - - [06/Dec/2026:11:05:49 +0000] "GET /media/images/anh.webp HTTP/1.1" '
        '200 15434 "http://127.0.0.1:8000/" "Chrome"\n'
    )

    assert served_static_files(access_log, len(before)) == ["/static/css/site.abc.css"]
    assert served_static_files(access_log, access_log.stat().st_size) == []
