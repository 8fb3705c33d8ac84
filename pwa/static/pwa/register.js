/* Installs the site's service worker (served at /sw.js, pwa/views.py) once the page has
   loaded, so that it never competes with the page for a weak connection; and says so
   when the page shown is the copy kept on the phone. */
(function () {
  "use strict";
  var root = document.documentElement;
  // The worker marks the copies it serves without a network (data-offline-copy).
  if (root.hasAttribute("data-offline-copy") || navigator.onLine === false) {
    var banner = document.createElement("p");
    banner.className = "offline-banner";
    banner.setAttribute("role", "status");
    banner.textContent = "Bạn đang xem bản lưu trên điện thoại (không có mạng)";
    document.body.insertBefore(banner, document.body.firstChild);
  }
  if ("serviceWorker" in navigator) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});
    });
  }
})();
