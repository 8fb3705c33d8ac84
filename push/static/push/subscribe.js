/* The "Nhận thông báo trên điện thoại" button (push/templates/push/button.html).
 * Shown only where the browser can receive push notices; asks for the permission only
 * when tapped; subscribes through the site's service worker and tells the server what
 * this device follows. "Tắt thông báo" tells the server, and drops the browser's
 * subscription once the device follows nothing else. */
(function () {
  "use strict";
  var DENIED = "Trình duyệt đang chặn thông báo của cổng. Để bật lại: chạm biểu tượng ổ khóa " +
    "cạnh địa chỉ trang, chọn Quyền (Cài đặt trang web) › Thông báo › Cho phép, rồi tải lại trang.";
  var FAILED = "Chưa bật được thông báo; hãy thử lại sau.";
  var supported = "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
  if (!supported) return;

  function keyBytes(text) {
    var base64 = (text + "===".slice((text.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    var raw = atob(base64), bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  function sameKey(buffer, bytes) {
    if (!buffer) return true;  // the browser does not say: keep the subscription
    var held = new Uint8Array(buffer);
    if (held.length !== bytes.length) return false;
    for (var i = 0; i < held.length; i++) if (held[i] !== bytes[i]) return false;
    return true;
  }

  function setUp(box) {
    var api = box.getAttribute("data-push-api");
    var topic = { kind: box.getAttribute("data-push-topic"), id: Number(box.getAttribute("data-push-id")) };
    var on = box.querySelector("[data-push-on]");
    var off = box.querySelector("[data-push-off]");
    var status = box.querySelector("[data-push-status]");
    var csrf = null;

    function show(subscribed, text) {
      on.hidden = subscribed;
      off.hidden = !subscribed;
      status.textContent = text || "";
      box.hidden = false;
    }
    function denied() {
      on.hidden = true;
      off.hidden = true;
      status.textContent = DENIED;
      box.hidden = false;
    }
    function token() {
      if (csrf) return Promise.resolve(csrf);
      return fetch(api + "config", { credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (body) { csrf = body.csrf_token; return csrf; });
    }
    function post(path, body) {
      return token().then(function (value) {
        return fetch(api + path, {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRFToken": value },
          body: JSON.stringify(body)
        });
      }).then(function (response) {
        return response.json().then(function (answer) {
          if (!response.ok) throw new Error(answer.detail || FAILED);
          return answer;
        });
      });
    }
    function registration() { return navigator.serviceWorker.ready; }

    on.addEventListener("click", function () {
      on.disabled = true;
      Notification.requestPermission().then(function (permission) {
        if (permission !== "granted") throw new Error(permission === "denied" ? DENIED : FAILED);
        return registration();
      }).then(function (reg) {
        var key = keyBytes(box.getAttribute("data-push-key"));
        function fresh() {
          return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
        }
        return reg.pushManager.getSubscription().then(function (existing) {
          if (!existing) return fresh();
          // Made with an earlier server key (the pair was changed): its notices would be
          // refused, so it is replaced.
          if (!sameKey(existing.options && existing.options.applicationServerKey, key)) {
            return existing.unsubscribe().then(fresh);
          }
          return existing;
        });
      }).then(function (subscription) {
        var json = subscription.toJSON();
        return post("subscriptions", { endpoint: json.endpoint, keys: json.keys, topic: topic });
      }).then(function () {
        show(true, "Đã bật thông báo trên thiết bị này.");
      }).catch(function (error) {
        if (Notification.permission === "denied") return denied();
        show(false, error.message || FAILED);
      }).then(function () { on.disabled = false; });
    });

    off.addEventListener("click", function () {
      off.disabled = true;
      registration().then(function (reg) {
        return reg.pushManager.getSubscription();
      }).then(function (subscription) {
        if (!subscription) return null;
        return post("subscriptions/unsubscribe", { endpoint: subscription.endpoint, topic: topic })
          .then(function (answer) { return answer.device_kept ? null : subscription.unsubscribe(); });
      }).then(function () {
        show(false, "Đã tắt thông báo.");
      }).catch(function (error) {
        show(true, error.message || FAILED);
      }).then(function () { off.disabled = false; });
    });

    if (Notification.permission === "denied") return denied();
    show(false);
    // Already following? Asked only when this browser holds a subscription.
    registration().then(function (reg) {
      return reg.pushManager.getSubscription();
    }).then(function (subscription) {
      if (!subscription) return;
      return post("subscriptions/status", { endpoint: subscription.endpoint, topic: topic })
        .then(function (answer) { if (answer.subscribed) show(true); });
    }).catch(function () { /* the button stays as it is */ });
  }

  // Each button brings this script: the boxes already set up are left alone.
  var boxes = document.querySelectorAll("[data-push-topic]:not([data-push-ready])");
  for (var i = 0; i < boxes.length; i++) {
    boxes[i].setAttribute("data-push-ready", "");
    setUp(boxes[i]);
  }
})();
