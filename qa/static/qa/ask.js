/*
 * The question form (templates/qa/includes/ask_form.html): while the citizen types the
 * question, answers already published and articles of the bookshelf that match it are
 * offered under the box ("Có thể bạn tìm câu trả lời ở đây"), so that many questions
 * answer themselves before they are sent.
 *
 * Asks GET <data-suggestions-url>?q=… once the question has three words or more and
 * typing has paused; a newer question cancels the request still running. A status line
 * (a polite live region) tells screen reader users that suggestions appeared under the
 * box, without taking the focus from it. Without this script, or when the request
 * fails, the form works the same, without suggestions.
 */
(function () {
    "use strict";

    var DELAY = 400;
    var MIN_WORDS = 3;
    var MAX_QUERY = 200;

    var form = document.querySelector("form.qa-form[data-suggestions-url]");
    if (!form || !window.fetch) {
        return;
    }
    var box = form.querySelector("textarea[name='text']");
    var region = document.getElementById("qa-suggestions");
    var list = region && region.querySelector(".qa-suggestions__list");
    var status = document.getElementById("qa-suggestions-status");
    var endpoint = form.getAttribute("data-suggestions-url");
    if (!box || !list || !status || !endpoint) {
        return;
    }
    var timer = null;
    var running = null;
    var shown = "";

    function words(text) {
        return text.trim().split(/\s+/).filter(Boolean);
    }

    function link(item, extra) {
        var element = document.createElement("a");
        element.href = item.url;
        element.textContent = item.title;
        var entry = document.createElement("li");
        entry.appendChild(element);
        if (extra) {
            var source = document.createElement("span");
            source.className = "qa-suggestions__source";
            source.textContent = " – " + extra;
            entry.appendChild(source);
        }
        if (item.snippet) {
            var snippet = document.createElement("p");
            snippet.className = "qa-suggestions__snippet";
            snippet.textContent = item.snippet;
            entry.appendChild(snippet);
        }
        return entry;
    }

    function group(title, entries) {
        var fragment = document.createDocumentFragment();
        if (!entries.length) {
            return fragment;
        }
        var heading = document.createElement("h3");
        heading.textContent = title;
        var items = document.createElement("ul");
        entries.forEach(function (entry) {
            items.appendChild(entry);
        });
        fragment.appendChild(heading);
        fragment.appendChild(items);
        return fragment;
    }

    function show(data) {
        var answers = ((data && data.answers) || []).filter(function (item) { return item.url; });
        var articles = ((data && data.articles) || []).filter(function (item) { return item.url; });
        list.textContent = "";
        if (!answers.length && !articles.length) {
            hide();
            return;
        }
        list.appendChild(
            group(
                "Câu hỏi đã được trả lời",
                answers.map(function (item) {
                    return link(item);
                })
            )
        );
        list.appendChild(
            group(
                "Điều luật liên quan",
                articles.map(function (item) {
                    var title = item.label ? item.label + ". " + item.title : item.title;
                    return link({ url: item.url, title: title, snippet: item.snippet }, item.document_title);
                })
            )
        );
        region.hidden = false;
        status.textContent =
            "Có " + (answers.length + articles.length) +
            " gợi ý câu trả lời và điều luật liên quan, ngay dưới ô câu hỏi.";
    }

    function hide() {
        list.textContent = "";
        region.hidden = true;
        status.textContent = "";
    }

    function suggest() {
        var query = box.value.trim().replace(/\s+/g, " ").slice(0, MAX_QUERY);
        if (words(query).length < MIN_WORDS) {
            shown = "";
            hide();
            return;
        }
        if (query === shown) {
            return;
        }
        if (running) {
            running.abort();
        }
        running = "AbortController" in window ? new AbortController() : null;
        var url = endpoint + (endpoint.indexOf("?") === -1 ? "?" : "&") + "q=" + encodeURIComponent(query);
        fetch(url, {
            headers: { Accept: "application/json" },
            credentials: "omit",
            signal: running ? running.signal : undefined,
        })
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (data) {
                shown = query;
                if (data) {
                    show(data);
                } else {
                    hide();
                }
            })
            .catch(function () {
                // Aborted by a newer question, or offline: the form still works.
            });
    }

    box.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(suggest, DELAY);
    });
    if (box.value) {
        suggest();
    }
})();
