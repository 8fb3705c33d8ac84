/* The PBGDPL site's service worker: see pwa/views.py and docs/phone-app.md.

   Pages: from the network first, a recent copy when there is none, else the offline
   page. Static files (hashed names): from the phone first. Pictures and media: from the
   phone first, a bounded number. Public API answers (content, search, suggestions):
   the phone's copy at once, renewed behind it. What a reader saves ("Lưu để đọc khi
   không có mạng") is kept apart and never evicted. Nothing personal is ever kept:
   responses marked private or no-store (contest, Q&A asking and tracking, restricted
   pages and documents, anything that sets a cookie), anything but GET, the admin. */
"use strict";
{% for script in imported_scripts %}importScripts("{{ script|escapejs }}");
{% endfor %}
var CONFIG = {{ config|safe }};
var PREFIX = "pbgdpl-";
var PRECACHE = PREFIX + "precache-" + CONFIG.version;
var CACHES = {
  pages: PREFIX + "pages",
  images: PREFIX + "images",
  api: PREFIX + "api",
  // Shared by every version: the hashed files that cached pages name stay here after
  // a new version, so that those pages keep their look, until trimmed by age.
  static: PREFIX + "static",
  saved: PREFIX + "saved"
};
// A page served from the phone says so (register.js shows a banner).
var OFFLINE_MARK = "data-offline-copy";
// The API's public read endpoints, those the server itself caches for everyone
// (settings.PUBLIC_CACHE_URLS_REGEX); never a CAPTCHA, a contest or a tracked question.
var PUBLIC_API = new RegExp(CONFIG.publicApi);
// Navigations never kept as pages: the admin, page passwords, embeds (shown in other
// sites' frames), documents (some behind passwords; those a reader saved are found in
// the saved cache), the worker itself.
var NEVER = /^\/(admin|_util|embed|documents|sw\.js)(\/|$)/;

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(PRECACHE).then(function (cache) {
      return Promise.all(CONFIG.precache.map(function (url) {
        // The offline page fresh, for this version; static files may come from the
        // browser's HTTP cache (their hashed names never change), so that installing
        // after a first visit costs almost nothing.
        var mode = url === CONFIG.offlineUrl ? "reload" : "default";
        return fetch(new Request(url, { cache: mode, credentials: "same-origin" }))
          .then(function (response) {
            if (!response.ok) throw new Error(url + ": " + response.status);
            return cache.put(url, response);
          });
      }));
    }).then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    retireOldVersions().then(function () {
      // Pages are asked for while the worker starts up, not after: on a slow phone
      // starting the worker costs tens of milliseconds.
      if (self.registration.navigationPreload) return self.registration.navigationPreload.enable();
    }).then(function () { return self.clients.claim(); })
  );
});

/* Old precaches go, but their static files move to the shared static cache first:
   pages cached under an older version name those files, and open tabs may still ask
   for them. */
function retireOldVersions() {
  return caches.keys().then(function (names) {
    var old = names.filter(function (name) {
      return name.indexOf(PREFIX + "precache-") === 0 && name !== PRECACHE;
    });
    return Promise.all(old.map(function (name) {
      return caches.open(name).then(function (cache) {
        return cache.keys().then(function (requests) {
          return Promise.all(requests.filter(isStatic).map(function (request) {
            return cache.match(request).then(function (response) {
              return response && put(CACHES.static, request, response);
            });
          }));
        });
      }).then(function () { return caches.delete(name); });
    })).then(function () { return trim(CACHES.static, CONFIG.limits.static); });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    if (NEVER.test(url.pathname)) {
      // Documents open as pages: those the reader saved are read from the phone. The
      // rest straight from the network, through the request already started
      // (navigation preload) rather than a second one.
      event.respondWith(
        url.pathname.indexOf("/documents/") === 0
          ? networkOrSaved(request, preloadedOrFetched(event))
          : preloadedOrFetched(event)
      );
      return;
    }
    event.respondWith(page(event, url));
  } else if (url.pathname.indexOf("/static/") === 0) {
    event.respondWith(cacheFirst(event, CACHES.static, CONFIG.limits.static));
  } else if (url.pathname.indexOf("/media/") === 0) {
    event.respondWith(cacheFirst(event, CACHES.images, CONFIG.limits.images));
  } else if (PUBLIC_API.test(url.pathname) && !request.headers.has("Authorization")) {
    event.respondWith(staleWhileRevalidate(request, event));
  } else if (url.pathname.indexOf("/documents/") === 0) {
    event.respondWith(networkOrSaved(request, fetch(request)));
  }
});

/* The address a page is kept under: the home screen opens "/?source=pwa", which is
   the home page. */
function pageKey(url) {
  var key = new URL(url.href);
  key.searchParams.delete("source");
  key.hash = "";
  return key.href;
}

function preloadedOrFetched(event) {
  return Promise.resolve(event.preloadResponse).then(function (preloaded) {
    return preloaded || fetch(event.request);
  });
}

function page(event, url) {
  var key = pageKey(url);
  return preloadedOrFetched(event).then(function (response) {
    if (keepable(response) && isHtml(response)) {
      event.waitUntil(put(CACHES.pages, key, response.clone()).then(function () {
        return trim(CACHES.pages, CONFIG.limits.pages);
      }));
    }
    return response;
  }).catch(function () {
    return keptPage(key).then(function (kept) {
      if (kept) return markedOffline(kept);
      return caches.match(CONFIG.offlineUrl, { cacheName: PRECACHE }).then(function (offline) {
        return offline || new Response("Không có kết nối mạng.", {
          status: 503,
          headers: { "Content-Type": "text/plain; charset=utf-8" }
        });
      });
    });
  });
}

/* The most recent copy read, else the one the reader saved. */
function keptPage(key) {
  return caches.open(CACHES.pages).then(function (cache) {
    return cache.match(key, { ignoreVary: true });
  }).then(function (kept) {
    return kept || caches.open(CACHES.saved).then(function (cache) {
      return cache.match(key, { ignoreVary: true });
    });
  });
}

/* The kept page with a mark on <html> that its script turns into the banner "Bạn đang
   xem bản lưu trên điện thoại". */
function markedOffline(response) {
  return response.text().then(function (html) {
    var headers = new Headers(response.headers);
    headers.delete("Content-Length");
    return new Response(html.replace(/<html(\s|>)/i, "<html " + OFFLINE_MARK + "$1"), {
      status: response.status,
      statusText: response.statusText,
      headers: headers
    });
  });
}

function cacheFirst(event, cacheName, limit) {
  var request = event.request;
  return caches.match(request, { ignoreVary: true }).then(function (kept) {
    if (kept) return kept;
    return fetch(request).then(function (response) {
      if (keepable(response)) {
        event.waitUntil(put(cacheName, request, response.clone()).then(function () {
          return trim(cacheName, limit);
        }));
      }
      return response;
    });
  });
}

function staleWhileRevalidate(request, event) {
  // Asked of the server itself (a conditional request, a 304 when nothing changed):
  // the browser's HTTP cache would hand back the very answer the phone already shows.
  var fresh = fetch(new Request(request, { cache: "no-cache" })).then(function (response) {
    if (keepable(response)) {
      return put(CACHES.api, request, response.clone()).then(function () {
        return trim(CACHES.api, CONFIG.limits.api);
      }).then(function () { return response; });
    }
    return response;
  });
  return caches.open(CACHES.api).then(function (cache) {
    return cache.match(request);
  }).then(function (kept) {
    if (kept) {
      event.waitUntil(fresh.catch(function () {}));
      return kept;
    }
    return fresh;
  });
}

function networkOrSaved(request, fromNetwork) {
  return fromNetwork.catch(function () {
    return caches.open(CACHES.saved).then(function (cache) {
      return cache.match(request, { ignoreVary: true, ignoreSearch: true });
    }).then(function (kept) {
      return kept || Response.error();
    });
  });
}

/* Whether a response may be kept on the phone: a whole, successful, same-site answer
   that the server did not mark as this visitor's alone. (A service worker cannot see
   Set-Cookie; the server marks such answers private, see pwa/middleware.py.) */
function keepable(response) {
  if (!response || response.status !== 200 || response.type !== "basic") return false;
  var control = (response.headers.get("Cache-Control") || "").toLowerCase();
  return !/(^|[\s,])(private|no-store)([\s,=]|$)/.test(control);
}

function isHtml(response) {
  return (response.headers.get("Content-Type") || "").indexOf("text/html") === 0;
}

function isStatic(request) {
  return new URL(request.url).pathname.indexOf("/static/") === 0;
}

/* Put quietly: a full phone (QuotaExceededError) costs the copy, not the page. The
   cache concerned is then halved, so that the next copies fit. */
function put(cacheName, request, response) {
  return caches.open(cacheName).then(function (cache) {
    return cache.put(request, response);
  }).catch(function (error) {
    if (error && error.name === "QuotaExceededError" && cacheName !== CACHES.saved) {
      return caches.open(cacheName).then(function (cache) {
        return cache.keys().then(function (keys) {
          return trim(cacheName, Math.floor(keys.length / 2));
        });
      });
    }
  });
}

/* At most `limit` entries, the oldest (first put, or least recently renewed) out. */
function trim(cacheName, limit) {
  return caches.open(cacheName).then(function (cache) {
    return cache.keys().then(function (keys) {
      var extra = keys.slice(0, Math.max(0, keys.length - limit));
      return Promise.all(extra.map(function (key) { return cache.delete(key); }));
    });
  }).catch(function () {});
}
