/* The PBGDPL site's service worker: see pwa/views.py and docs/phone-app.md. */
"use strict";
{% for script in imported_scripts %}importScripts("{{ script|escapejs }}");
{% endfor %}
self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});
