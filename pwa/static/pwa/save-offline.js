/* "Lưu để đọc khi không có mạng": keeps the page and everything it needs (stylesheet and
   scripts, its pictures at the sizes this phone shows, the documents it links to: the
   e-book's PDF and EPUB, the leaflet's PDF, the slides) in the cache the service worker
   reads when there is no network and never trims ("pbgdpl-saved",
   templates/pwa/service-worker.js). The page is stored last, with the list of what it
   brought, so that removing it removes what no other saved page needs. */
(function () {
  "use strict";
  var box = document.querySelector("[data-save-offline]");
  if (!box) return;
  if (!("serviceWorker" in navigator) || !("caches" in window)) {
    box.hidden = true;
    return;
  }
  var SAVED = "pbgdpl-saved";
  var ASSETS_HEADER = "X-Saved-Assets";
  var saveButton = box.querySelector("[data-save-offline-save]");
  var removeButton = box.querySelector("[data-save-offline-remove]");
  var status = box.querySelector("[data-save-offline-status]");
  var pageUrl = location.pathname + location.search;

  function sameSite(href) {
    var url = new URL(href, location.href);
    return url.origin === location.origin ? url.pathname + url.search : null;
  }

  /* Lazy pictures are loaded now, so that each shows the size this screen picks
     (currentSrc); those the browser already holds cost nothing more. */
  function pictures() {
    var images = Array.prototype.slice.call(document.querySelectorAll("main img"));
    return Promise.all(images.map(function (image) {
      image.loading = "eager";
      if (image.complete && image.currentSrc) return image.currentSrc;
      return new Promise(function (resolve) {
        var done = function () { resolve(image.currentSrc || image.src); };
        image.addEventListener("load", done, { once: true });
        image.addEventListener("error", done, { once: true });
        setTimeout(done, 15000);
      });
    }));
  }

  function assets() {
    var found = [];
    var links = document.querySelectorAll('link[rel~="stylesheet"], link[rel~="icon"]');
    links.forEach(function (link) { found.push(link.href); });
    document.querySelectorAll("script[src]").forEach(function (script) { found.push(script.src); });
    document.querySelectorAll("main a[href]").forEach(function (link) {
      var path = new URL(link.href, location.href).pathname;
      if (path.indexOf("/documents/") === 0 || path.indexOf("/media/") === 0) found.push(link.href);
    });
    return pictures().then(function (images) {
      var unique = {};
      found.concat(images).forEach(function (href) {
        var url = href && sameSite(href);
        if (url && url !== pageUrl) unique[url] = true;
      });
      return Object.keys(unique);
    });
  }

  function keepable(response) {
    var control = (response.headers.get("Cache-Control") || "").toLowerCase();
    return response.ok && !/(^|[\s,])(private|no-store)([\s,=]|$)/.test(control);
  }

  /* A copy the worker may hand to a navigation: browsers refuse a response marked as
     the end of a redirect there. */
  function storable(response, extraHeaders) {
    return response.blob().then(function (body) {
      var headers = new Headers(response.headers);
      Object.keys(extraHeaders || {}).forEach(function (name) {
        headers.set(name, extraHeaders[name]);
      });
      return new Response(body, { status: 200, statusText: "OK", headers: headers });
    });
  }

  function fetchFresh(url) {
    return fetch(url, { credentials: "same-origin", cache: "no-cache" });
  }

  function save() {
    saveButton.disabled = true;
    status.textContent = "Đang lưu…";
    var cache;
    caches.open(SAVED).then(function (opened) {
      cache = opened;
      return fetchFresh(pageUrl);
    }).then(function (page) {
      if (!keepable(page)) throw new Error("private");
      return assets().then(function (urls) {
        return Promise.all(urls.map(function (url) {
          return fetchFresh(url).then(function (response) {
            if (!keepable(response)) return null;
            return storable(response).then(function (copy) {
              return cache.put(url, copy).then(function () { return url; });
            });
          });
        })).then(function (kept) {
          var list = kept.filter(Boolean);
          return storable(page, { [ASSETS_HEADER]: JSON.stringify(list) }).then(function (copy) {
            return cache.put(pageUrl, copy);
          });
        });
      });
    }).then(function () {
      showSaved(true);
      status.textContent = "Đã lưu. Bạn đọc được trang này cả khi không có mạng.";
    }).catch(function (error) {
      saveButton.disabled = false;
      status.textContent = error && error.message === "private"
        ? "Trang này không lưu được trên điện thoại."
        : error && error.name === "QuotaExceededError"
          ? "Điện thoại không còn đủ chỗ để lưu trang này."
          : "Chưa lưu được: hãy kiểm tra kết nối mạng rồi thử lại.";
    });
  }

  /* The page, and what it brought that no other saved page needs. */
  function remove() {
    removeButton.disabled = true;
    caches.open(SAVED).then(function (cache) {
      return cache.keys().then(function (requests) {
        return Promise.all(requests.map(function (request) {
          return cache.match(request).then(function (response) {
            var list = response && response.headers.get(ASSETS_HEADER);
            return { url: sameSite(request.url), assets: list ? JSON.parse(list) : null };
          });
        }));
      }).then(function (entries) {
        var mine = [];
        var needed = {};
        entries.forEach(function (entry) {
          if (!entry.assets) return;
          if (entry.url === pageUrl) mine = entry.assets;
          else entry.assets.forEach(function (url) { needed[url] = true; });
        });
        var gone = mine.filter(function (url) { return !needed[url]; }).concat([pageUrl]);
        return Promise.all(gone.map(function (url) { return cache.delete(url); }));
      });
    }).then(function () {
      showSaved(false);
      status.textContent = "Đã xoá bản lưu trên điện thoại.";
    }).catch(function () {
      removeButton.disabled = false;
    });
  }

  function showSaved(saved) {
    saveButton.disabled = saved;
    saveButton.textContent = saved ? "Đã lưu" : "Lưu để đọc khi không có mạng";
    removeButton.hidden = !saved;
    removeButton.disabled = false;
  }

  saveButton.addEventListener("click", save);
  removeButton.addEventListener("click", remove);
  caches.open(SAVED).then(function (cache) {
    return cache.match(pageUrl);
  }).then(function (saved) {
    showSaved(Boolean(saved));
  }).catch(function () {});
})();
