/* The offline page's list of what the phone holds: the pages the reader saved, then the
   pages read recently (most recent first), with their titles, read from the caches the
   service worker fills (templates/pwa/service-worker.js). */
(function () {
  "use strict";
  if (!("caches" in window)) return;
  var OFFLINE_PATH = location.pathname;

  function titleOf(html) {
    var page = new DOMParser().parseFromString(html, "text/html");
    var heading = page.querySelector("h1");
    var kind = page.querySelector(".content-header__type");
    return {
      title: ((heading && heading.textContent) || page.title || "").trim(),
      kind: kind ? kind.textContent.trim() : ""
    };
  }

  /* The pages (HTML answers) of one cache, newest first; what the worker adds or
     renews goes to the end of a cache's keys. */
  function pagesIn(cacheName, seen) {
    return caches.has(cacheName).then(function (exists) {
      if (!exists) return [];
      return caches.open(cacheName).then(function (cache) {
        return cache.keys().then(function (requests) {
          return Promise.all(requests.reverse().map(function (request) {
            var url = new URL(request.url);
            if (url.pathname === OFFLINE_PATH || seen[url.href]) return null;
            return cache.match(request).then(function (response) {
              var type = (response && response.headers.get("Content-Type")) || "";
              if (type.indexOf("text/html") !== 0) return null;
              seen[url.href] = true;
              return response.text().then(function (html) {
                var found = titleOf(html);
                found.href = url.pathname + url.search;
                return found;
              });
            });
          }));
        });
      }).then(function (pages) {
        return pages.filter(function (page) { return page && page.title; });
      });
    });
  }

  function show(name, pages) {
    var section = document.querySelector('[data-offline-list="' + name + '"]');
    if (!section || !pages.length) return;
    var list = section.querySelector("ul");
    pages.forEach(function (page) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = page.href;
      link.textContent = page.title;
      item.appendChild(link);
      if (page.kind) {
        var kind = document.createElement("span");
        kind.className = "offline-list__kind";
        kind.textContent = " (" + page.kind + ")";
        item.appendChild(kind);
      }
      list.appendChild(item);
    });
    section.hidden = false;
  }

  var seen = {};
  pagesIn("pbgdpl-saved", seen).then(function (saved) {
    return pagesIn("pbgdpl-pages", seen).then(function (recent) {
      show("saved", saved);
      show("recent", recent);
      if (!saved.length && !recent.length) {
        document.querySelector("[data-offline-empty]").hidden = false;
      }
    });
  }).catch(function () {});
})();
