/* Installs the site's service worker (served at /sw.js, pwa/views.py). */
(function () {
  "use strict";
  if ("serviceWorker" in navigator) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("/sw.js", { scope: "/" });
    });
  }
})();
