/*
 * A round being taken (templates/quizzes/attempt.html). The form works without this
 * script; with it the participant also gets:
 * - a countdown, counted from the seconds the server says are left (not from the
 *   phone's clock, which may be wrong), that submits the form when it reaches zero;
 * - each answer saved as it is chosen, so a reload or a lost connection keeps it.
 * The server enforces the deadline whatever this script does.
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-attempt]");
  if (!form) {
    return;
  }
  var submitButton = form.querySelector("[data-submit]");
  var clock = form.querySelector("[data-countdown]");
  var status = form.querySelector("[data-save-status]");
  var secondsLeft = Number(form.getAttribute("data-seconds-left"));
  var loadedAt = Date.now();
  // Not form.action: the buttons named "action" shadow that property.
  var address = form.getAttribute("action");
  var submitting = false;

  function remaining() {
    return Math.max(0, Math.round(secondsLeft - (Date.now() - loadedAt) / 1000));
  }

  function format(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function submit() {
    if (submitting) {
      return;
    }
    submitting = true;
    // requestSubmit sends the button's name and value, as a tap on it would.
    if (form.requestSubmit) {
      form.requestSubmit(submitButton);
    } else {
      submitButton.click();
    }
  }

  function tick() {
    var left = remaining();
    clock.textContent = format(left);
    clock.parentNode.classList.toggle("attempt-clock__left--last-minute", left <= 60);
    if (left === 0) {
      status.textContent = "Hết giờ: đang nộp bài…";
      submit();
      return;
    }
    window.setTimeout(tick, 1000);
  }

  clock.parentNode.hidden = false;
  tick();

  form.addEventListener("submit", function () {
    submitting = true;
  });

  var pending = null;
  function save() {
    var data = new FormData(form);
    data.set("action", "save");
    fetch(address, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.json().then(function (body) {
          return { ok: response.ok, body: body };
        });
      })
      .then(function (answer) {
        if (answer.ok) {
          secondsLeft = answer.body.seconds_left;
          loadedAt = Date.now();
          status.textContent = "Đã lưu lúc " + new Date().toLocaleTimeString("vi-VN");
        } else {
          status.textContent = answer.body.message;
        }
      })
      .catch(function () {
        status.textContent =
          "Chưa lưu được (mất kết nối?). Câu trả lời vẫn được gửi khi bạn bấm “Nộp bài”.";
      });
  }

  form.addEventListener("change", function () {
    if (submitting) {
      return;
    }
    window.clearTimeout(pending);
    pending = window.setTimeout(save, 500);
  });
})();
