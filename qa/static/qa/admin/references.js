// The answer form's citations: when a document is chosen, its articles fill the list
// beside it. Without this script the list is filled once the answer is saved.
(function () {
    "use strict";

    function fill(select, articles) {
        var chosen = select.value;
        while (select.options.length > 1) {
            select.remove(1);
        }
        articles.forEach(function (article) {
            var option = document.createElement("option");
            option.value = article.anchor;
            option.textContent = article.label;
            option.selected = article.anchor === chosen;
            select.appendChild(option);
        });
    }

    document.addEventListener("change", function (event) {
        var input = event.target;
        var fieldset = input.closest("[data-qa-references]");
        if (!fieldset || !/-document$/.test(input.name || "")) {
            return;
        }
        var row = input.closest("[data-qa-reference-row]");
        var select = row && row.querySelector("[data-qa-article]");
        if (!select) {
            return;
        }
        if (!input.value) {
            fill(select, []);
            return;
        }
        var url = fieldset.dataset.articlesUrl.replace("/0/", "/" + encodeURIComponent(input.value) + "/");
        fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (response) {
                return response.ok ? response.json() : { articles: [] };
            })
            .then(function (data) {
                fill(select, data.articles || []);
            })
            .catch(function () {
                fill(select, []);
            });
    });
})();
