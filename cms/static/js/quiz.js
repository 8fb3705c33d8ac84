/*
 * A round being taken (templates/quizzes/attempt.html). The form works without this
 * script; with it the participant also gets:
 * - a countdown, counted from the seconds the server says are left (not from the
 *   phone's clock, which may be wrong), that submits the form when it reaches zero;
 * - each answer kept on the phone (localStorage, under the attempt's id: the choices
 *   alone, nothing personal) as it is chosen, then saved to the server. A save that
 *   fails (no network, a timeout, a server error) stays held and is sent again when
 *   the connection returns, on a growing timer and when the page is shown again; a
 *   reload restores the held answers into the form;
 * - a submit made without a connection is kept, and made when the connection returns.
 * The server enforces the deadline whatever this script does: a save it gets after the
 * deadline changes nothing.
 *
 * On the result page (templates/quizzes/result.html) it forgets the attempt's answers.
 */
(function () {
  "use strict";

  var PREFIX = "pbgdpl-bai-thi-";
  // Answers held longer than this belong to an attempt long finished: forgotten.
  var KEEP_FOR = 3 * 24 * 3600 * 1000;
  var FIRST_RETRY = 2000;
  var LAST_RETRY = 60000;
  // A save on weak 3G may take long; longer than this, it counts as failed and is retried.
  var TIMEOUT = 20000;

  var storage = null;
  try {
    storage = window.localStorage;
    storage.setItem(PREFIX + "thu", "1");
    storage.removeItem(PREFIX + "thu");
  } catch (error) {
    storage = null; // private browsing or full: answers go to the server only
  }

  function read(id) {
    try {
      return JSON.parse(storage.getItem(PREFIX + id)) || null;
    } catch (error) {
      return null;
    }
  }

  function write(id, entry) {
    try {
      storage.setItem(PREFIX + id, JSON.stringify(entry));
    } catch (error) {
      // Full: the answers still go to the server.
    }
  }

  function forget(id) {
    if (storage) {
      storage.removeItem(PREFIX + id);
    }
  }

  function forgetOld() {
    for (var index = storage.length - 1; index >= 0; index -= 1) {
      var key = storage.key(index);
      if (key && key.indexOf(PREFIX) === 0) {
        var entry = read(key.slice(PREFIX.length));
        if (!entry || !(Date.now() - entry.at < KEEP_FOR)) {
          storage.removeItem(key);
        }
      }
    }
  }

  if (storage) {
    forgetOld();
  }
  var finished = document.querySelector("[data-attempt-finished]");
  if (finished) {
    forget(finished.getAttribute("data-attempt-finished"));
  }

  var form = document.querySelector("form[data-attempt]");
  if (!form) {
    return;
  }
  var attemptId = form.getAttribute("data-attempt");
  var submitButton = form.querySelector("[data-submit]");
  var clock = form.querySelector("[data-countdown]");
  var status = form.querySelector("[data-save-status]");
  var banner = form.querySelector("[data-offline-banner]");
  var prediction = form.querySelector("input[name=prediction]");
  var secondsLeft = Number(form.getAttribute("data-seconds-left"));
  var loadedAt = Date.now();
  // Not form.action: the buttons named "action" shadow that property.
  var address = form.getAttribute("action");

  var submitting = false; // the browser is sending the form
  var timeUp = false; // the countdown reached zero: no more changes
  var over = false; // the server refused for good (late, finished): nothing more to send
  var submitHeld = false; // a submit waits for the connection
  var failing = false; // the last save did not reach the server
  var sending = false;
  var retryDelay = FIRST_RETRY;
  var retryTimer = null;
  var pending = null;

  // The form's answers: {input name: [values chosen]}, the prediction too.
  function answers() {
    var state = {};
    var inputs = form.querySelectorAll("input[name^='q-']");
    for (var index = 0; index < inputs.length; index += 1) {
      var input = inputs[index];
      state[input.name] = state[input.name] || [];
      if (input.checked) {
        state[input.name].push(input.value);
      }
    }
    if (prediction) {
      var typed = prediction.value.trim();
      state.prediction = typed ? [typed] : [];
    }
    return state;
  }

  function show(state) {
    var inputs = form.querySelectorAll("input[name^='q-']");
    for (var index = 0; index < inputs.length; index += 1) {
      var input = inputs[index];
      if (state[input.name]) {
        input.checked = state[input.name].indexOf(input.value) !== -1;
      }
    }
    if (prediction && state.prediction) {
      prediction.value = state.prediction[0] || "";
    }
  }

  // How many answers of ``state`` the server does not have as they are.
  function unsent(state, server) {
    var count = 0;
    for (var name in state) {
      if (String(state[name]) !== String(server[name] || [])) {
        count += 1;
      }
    }
    return count;
  }

  // What the server holds: the page's answers as it sent them, then each save it took.
  var onServer = answers();

  function hold() {
    if (storage) {
      write(attemptId, { answers: answers(), submit: submitHeld, at: Date.now() });
    }
  }

  function say(text) {
    status.textContent = text;
  }

  // The server's time of a save: its "saved_at" is in the site's time zone.
  function serverTime(savedAt) {
    var found = /T(\d\d:\d\d:\d\d)/.exec(savedAt || "");
    return found ? found[1] : new Date().toLocaleTimeString("vi-VN", { hour12: false });
  }

  // ``busy``: the server answered with an error rather than the connection failing.
  function held(busy) {
    var count = unsent(answers(), onServer);
    var text = busy
      ? "Máy chủ đang bận: " + count + " câu trả lời đang giữ trên điện thoại, sẽ tự gửi lại."
      : "Mất kết nối: " + count + " câu trả lời đang giữ trên điện thoại, sẽ gửi khi có mạng.";
    if (timeUp) {
      text =
        "Đã hết giờ khi mất kết nối: chỉ các câu trả lời máy chủ đã lưu trước khi hết giờ " +
        "được tính. Bài sẽ được nộp khi có mạng.";
    } else if (submitHeld) {
      text +=
        " Bài sẽ được nộp tự động khi có mạng (máy chủ xét bài còn trong giờ hay không); " +
        "bạn cũng có thể bấm “Nộp bài” lại.";
    }
    say(text);
  }

  function retryLater(busy) {
    failing = true;
    held(busy);
    window.clearTimeout(retryTimer);
    retryTimer = window.setTimeout(send, retryDelay);
    retryDelay = Math.min(retryDelay * 2, LAST_RETRY);
  }

  // What the phone holds is forgotten on the result page, once the submit got through.
  function submitNow() {
    submitting = true;
    // requestSubmit sends the button's name and value, as a tap on it would.
    if (form.requestSubmit) {
      form.requestSubmit(submitButton);
    } else {
      submitButton.click();
    }
  }

  function stored(sent, body) {
    var wasFailing = failing;
    failing = false;
    retryDelay = FIRST_RETRY;
    onServer = sent;
    secondsLeft = body.seconds_left;
    loadedAt = Date.now();
    var when = serverTime(body.saved_at);
    say((wasFailing ? "Đã gửi lên máy chủ lúc " : "Đã lưu lên máy chủ lúc ") + when);
    if (unsent(answers(), onServer)) {
      send(); // changed while this save was on its way
    } else if (submitHeld) {
      submitNow();
    } else {
      forget(attemptId);
    }
  }

  // The server said no for good: the deadline passed, or the attempt is finished.
  function refused(body) {
    over = true;
    timeUp = true;
    submitHeld = false;
    forget(attemptId);
    say(body.message + " ");
    var link = document.createElement("a");
    link.href = address; // the attempt's page leads on to its result
    link.textContent = "Xem kết quả";
    status.appendChild(link);
  }

  function send() {
    window.clearTimeout(retryTimer);
    if (sending || over || submitting) {
      return;
    }
    if (!navigator.onLine) {
      failing = true;
      held();
      return; // the "online" event sends
    }
    var sent = answers();
    var data = new FormData(form);
    data.set("action", "save");
    var controller = window.AbortController ? new AbortController() : null;
    var timer = window.setTimeout(function () {
      if (controller) {
        controller.abort();
      }
    }, TIMEOUT);
    sending = true;
    fetch(address, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        // Signed out: the sign-in page answered instead.
        if (response.redirected) {
          return { signedOut: true };
        }
        return response.json().then(
          function (body) {
            return { status: response.status, body: body };
          },
          function () {
            return { status: response.status, body: null };
          }
        );
      })
      .then(
        function (answer) {
          window.clearTimeout(timer);
          sending = false;
          if (answer.signedOut) {
            say(
              "Phiên đăng nhập đã hết: hãy đăng nhập lại; các câu trả lời chưa gửi vẫn giữ trên " +
                "điện thoại này."
            );
          } else if (answer.status === 200 && answer.body) {
            stored(sent, answer.body);
          } else if (answer.status === 429 || answer.status >= 500 || !answer.body) {
            retryLater(true);
          } else if (answer.body.code === "late" || answer.body.code === "finished") {
            refused(answer.body);
          } else {
            say(answer.body.message); // a wrong answer or prediction: the participant fixes it
          }
        },
        function () {
          window.clearTimeout(timer);
          sending = false;
          retryLater();
        }
      );
  }

  function sendIfHeld() {
    if (failing || submitHeld || unsent(answers(), onServer)) {
      send();
    }
  }

  function format(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function remaining() {
    return Math.max(0, Math.round(secondsLeft - (Date.now() - loadedAt) / 1000));
  }

  function stop() {
    timeUp = true;
    if (prediction) {
      prediction.readOnly = true;
    }
  }

  function tick() {
    var left = remaining();
    clock.textContent = format(left);
    clock.parentNode.classList.toggle("attempt-clock__left--last-minute", left <= 60);
    if (left > 0) {
      window.setTimeout(tick, 1000);
      return;
    }
    if (over || submitting) {
      return;
    }
    stop();
    if (navigator.onLine && !failing) {
      say("Hết giờ: đang nộp bài…");
      submitNow();
    } else {
      submitHeld = true;
      hold();
      held();
      send();
    }
  }

  // Restore what the phone held and the server never got: it is newer than the page.
  var kept = storage && read(attemptId);
  if (kept && kept.answers) {
    show(kept.answers);
    submitHeld = Boolean(kept.submit);
    var count = unsent(answers(), onServer);
    if (count || submitHeld) {
      failing = true;
      if (navigator.onLine) {
        say("Đang gửi " + count + " câu trả lời giữ trên điện thoại lên máy chủ…");
      }
      send();
    } else {
      forget(attemptId); // the server got them: only the answer to the save was lost
    }
  }

  function showConnection() {
    banner.hidden = navigator.onLine;
  }
  showConnection();
  window.addEventListener("offline", showConnection);
  window.addEventListener("online", function () {
    showConnection();
    retryDelay = FIRST_RETRY;
    sendIfHeld();
  });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      sendIfHeld();
    }
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      submitting = false; // back from a submit that did not get through
      showConnection();
      sendIfHeld();
    }
  });

  clock.parentNode.hidden = false;
  tick();

  // After the time is up no choice changes: what the form holds is what was chosen in time.
  form.addEventListener(
    "click",
    function (event) {
      if (timeUp && event.target.name && event.target.name.indexOf("q-") === 0) {
        event.preventDefault();
      }
    },
    true
  );

  form.addEventListener("submit", function (event) {
    if (submitting) {
      return; // this script's own submit, once the server answered
    }
    // A browser that does not tell which button was pressed: taken as a save, the harmless one.
    var submits = event.submitter === submitButton;
    if (navigator.onLine && !failing) {
      submitting = submits;
      return; // sent by the browser as without this script
    }
    event.preventDefault();
    if (submits && !over) {
      submitHeld = true;
      hold();
    }
    send();
  });

  form.addEventListener("change", function () {
    if (submitting || timeUp) {
      return;
    }
    hold();
    window.clearTimeout(pending);
    pending = window.setTimeout(send, 500);
  });
})();
