/* Push notices in the site's service worker (imported by /sw.js, see pwa/worker.py).
 * A notice is JSON {title, body, url, tag, lang} (push/sending.py); tapping it opens its
 * page, in a tab of the site that is already open when there is one. */
"use strict";

self.addEventListener("push", function (event) {
  var notice = {};
  try {
    notice = event.data ? event.data.json() : {};
  } catch (error) {
    notice = { body: event.data ? event.data.text() : "" };
  }
  var title = notice.title || "Cổng PBGDPL Quảng Ninh";
  event.waitUntil(self.registration.showNotification(title, {
    body: notice.body || "",
    tag: notice.tag || undefined,
    lang: notice.lang || "vi",
    dir: "ltr",
    data: { url: notice.url || "/" }
  }));
});

self.addEventListener("notificationclick", function (event) {
  event.notification.close();
  var target = new URL((event.notification.data && event.notification.data.url) || "/", self.location.origin);
  // Only the site's own pages: a notice never sends the phone elsewhere.
  if (target.origin !== self.location.origin) target = new URL("/", self.location.origin);
  event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (tabs) {
    for (var i = 0; i < tabs.length; i++) {
      if (tabs[i].url === target.href && "focus" in tabs[i]) return tabs[i].focus();
    }
    return self.clients.openWindow(target.href);
  }));
});

/* The browser renewed the subscription (its push service expired the old one): tell the
 * server, which moves what the device followed to the new one. */
self.addEventListener("pushsubscriptionchange", function (event) {
  var old = event.oldSubscription;
  if (!old) return;
  var renewed = event.newSubscription
    ? Promise.resolve(event.newSubscription)
    : self.registration.pushManager.subscribe(old.options);
  event.waitUntil(renewed.then(function (subscription) {
    var json = subscription.toJSON();
    return fetch("/api/push/subscriptions/renew", {
      method: "POST",
      credentials: "omit",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ old_endpoint: old.endpoint, endpoint: json.endpoint, keys: json.keys })
    });
  }));
});
