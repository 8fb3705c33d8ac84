/*
 * Runs inside an embed view (/embed/<id>/). Tells the page that frames it how tall the
 * content is, so that embed.js can size the iframe without a scroll bar. Only the
 * height and the title are sent: nothing private, so any parent may receive them.
 */
(function () {
    "use strict";

    if (window.parent === window) {
        return;
    }
    var script = document.currentScript;
    var pageId = script ? script.getAttribute("data-page") : null;
    var root = document.documentElement;
    var reported = 0;

    function report() {
        // The root element's box, unlike scrollHeight, can be smaller than the frame,
        // so the frame also shrinks when a panel or a transcript closes.
        var height = Math.ceil(root.getBoundingClientRect().height);
        if (height === reported) {
            return;
        }
        reported = height;
        window.parent.postMessage(
            { type: "pbgdpl:embed-height", id: pageId, height: height, title: document.title },
            "*"
        );
    }

    if ("ResizeObserver" in window) {
        new ResizeObserver(report).observe(root);
    } else {
        window.addEventListener("load", report);
        window.addEventListener("resize", report);
    }
    report();
})();
