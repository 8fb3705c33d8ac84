/*
 * An online exchange's page keeps itself current: while the exchange is coming or live it
 * asks /api/qa/exchanges/<id> again every few seconds (not while the tab is hidden),
 * redraws the questions when they change, says how many are new, and reloads the page
 * when the exchange starts or ends so that the player or the recording appears.
 * Without JavaScript the page is complete as the server drew it.
 */
(function () {
    "use strict";

    var article = document.querySelector("[data-transcript-url]");
    if (!article || !window.fetch) {
        return;
    }
    var url = article.getAttribute("data-transcript-url");
    var seconds = parseInt(article.getAttribute("data-refresh-seconds"), 10) || 30;
    var shownState = article.getAttribute("data-exchange-state");
    var list = article.querySelector("[data-transcript]");
    var empty = article.querySelector("[data-transcript-empty]");
    var updated = article.querySelector("[data-transcript-updated]");
    var lastQuestions = null;
    var timer = null;

    function paragraphs(text) {
        var holder = document.createElement("div");
        holder.className = "exchange-question__text";
        text.split(/\n\s*\n/).forEach(function (block) {
            var paragraph = document.createElement("p");
            block.split("\n").forEach(function (line, index) {
                if (index > 0) {
                    paragraph.appendChild(document.createElement("br"));
                }
                paragraph.appendChild(document.createTextNode(line));
            });
            holder.appendChild(paragraph);
        });
        return holder;
    }

    function item(question) {
        var li = document.createElement("li");
        var answered = question.answered_live || question.answer !== null;
        li.className = "exchange-question" + (answered ? " exchange-question--answered" : "");
        var label = document.createElement("p");
        label.className = "exchange-question__label";
        label.textContent = "Câu hỏi " + question.number;
        if (question.answered_live) {
            var live = document.createElement("span");
            live.className = "exchange-question__live";
            live.textContent = "Đã trả lời trực tiếp";
            label.appendChild(document.createTextNode(" "));
            label.appendChild(live);
        }
        li.appendChild(label);
        li.appendChild(paragraphs(question.text));
        if (question.answer !== null) {
            var answer = document.createElement("div");
            answer.className = "exchange-question__answer";
            var answerLabel = document.createElement("p");
            answerLabel.className = "exchange-question__answer-label";
            answerLabel.textContent = "Trả lời";
            var body = document.createElement("div");
            body.className = "rich-text";
            // The answer is the site's own rich text, published by its editors.
            body.innerHTML = question.answer;
            answer.appendChild(answerLabel);
            answer.appendChild(body);
            li.appendChild(answer);
        }
        return li;
    }

    function draw(questions) {
        var before = list.children.length;
        var fragment = document.createDocumentFragment();
        questions.forEach(function (question) {
            fragment.appendChild(item(question));
        });
        list.replaceChildren(fragment);
        empty.hidden = questions.length > 0;
        var added = questions.length - before;
        if (added > 0 && lastQuestions !== null) {
            updated.textContent = added === 1 ? "Có 1 câu hỏi mới." : "Có " + added + " câu hỏi mới.";
        }
    }

    function refresh() {
        fetch(url, { headers: { Accept: "application/json" }, credentials: "omit" })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (exchange) {
                if (exchange.state !== shownState) {
                    window.location.reload();
                    return;
                }
                var questions = JSON.stringify(exchange.questions);
                if (questions !== lastQuestions) {
                    if (lastQuestions !== null) {
                        draw(exchange.questions);
                    }
                    lastQuestions = questions;
                }
                schedule();
            })
            .catch(function () {
                // A dropped connection on a phone: try again at the next turn.
                schedule();
            });
    }

    function schedule() {
        window.clearTimeout(timer);
        if (!document.hidden) {
            timer = window.setTimeout(refresh, seconds * 1000);
        }
    }

    document.addEventListener("visibilitychange", function () {
        if (document.hidden) {
            window.clearTimeout(timer);
        } else {
            refresh();
        }
    });

    refresh();
})();
