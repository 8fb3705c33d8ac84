/*
 * Embeds pages of the Quảng Ninh PBGDPL portal in another site (see docs/embeds.md).
 *
 *   <script src="https://<portal>/static/js/embed.js" data-pbgdpl-page="123" async></script>
 *
 * puts page 123 where the script tag is. Several embeds, or the script at the end of the
 * page: mark each place with <div data-pbgdpl-page="123"></div> and load the script once.
 * data-pbgdpl-ask="<unit slug>" (or empty) puts the form to ask a legal question there
 * instead, on behalf of that unit's site (/embed/hoi-dap/).
 *
 * The iframe fills the width it is given and follows the height that the embedded page
 * reports (embed-frame.js), so it never needs a scroll bar. Iframes pasted from the
 * oEmbed endpoint are resized too when this script is on the page. Messages are only
 * accepted from the portal this script was loaded from.
 */
(function () {
    "use strict";

    var script = document.currentScript;
    if (!script || !script.src) {
        return;
    }
    var origin = new URL(script.src).origin;
    var MESSAGE = "pbgdpl:embed-height";

    // Scripts run (video players, the leaflet viewer); links open in a new tab and the
    // embed can never navigate or script the host page. The question form also posts.
    var SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation";

    function createFrame(src, sandbox) {
        var frame = document.createElement("iframe");
        frame.src = src;
        frame.title = "Nội dung từ Cổng Phổ biến, giáo dục pháp luật Quảng Ninh";
        frame.setAttribute("loading", "lazy");
        frame.setAttribute("allow", "fullscreen; picture-in-picture; encrypted-media");
        frame.setAttribute("allowfullscreen", "");
        frame.setAttribute("sandbox", sandbox);
        frame.style.cssText = "display:block;width:100%;max-width:100%;height:360px;border:0;";
        return frame;
    }

    function source(element) {
        var pageId = element.getAttribute("data-pbgdpl-page");
        if (/^[0-9]+$/.test(pageId || "")) {
            return [origin + "/embed/" + pageId + "/", SANDBOX];
        }
        var unit = element.getAttribute("data-pbgdpl-ask");
        if (unit !== null && /^[-\w]*$/.test(unit)) {
            var query = unit ? "?unit=" + encodeURIComponent(unit) : "";
            return [origin + "/embed/hoi-dap/" + query, SANDBOX + " allow-forms"];
        }
        return null;
    }

    function embed(element) {
        var found = source(element);
        if (!found || element.hasAttribute("data-pbgdpl-embedded")) {
            return;
        }
        element.setAttribute("data-pbgdpl-embedded", "");
        var frame = createFrame(found[0], found[1]);
        if (element.tagName === "SCRIPT") {
            element.parentNode.insertBefore(frame, element);
        } else {
            element.appendChild(frame);
        }
    }

    function embedPlaceholders() {
        var placeholders = document.querySelectorAll(
            "[data-pbgdpl-page]:not(script), [data-pbgdpl-ask]:not(script)"
        );
        Array.prototype.forEach.call(placeholders, embed);
    }

    function resize(event) {
        var data = event.data;
        if (event.origin !== origin || !data || data.type !== MESSAGE) {
            return;
        }
        var height = Number(data.height);
        if (!(height > 0)) {
            return;
        }
        // Match by window rather than by page id: the same page may be embedded twice.
        var frames = document.getElementsByTagName("iframe");
        for (var i = 0; i < frames.length; i += 1) {
            if (frames[i].contentWindow === event.source) {
                frames[i].style.height = Math.ceil(height) + "px";
                if (typeof data.title === "string" && data.title) {
                    frames[i].title = data.title;
                }
                return;
            }
        }
    }

    // The script may be included once per embed: listen once per portal.
    var listening = (window.pbgdplEmbedOrigins = window.pbgdplEmbedOrigins || {});
    if (!listening[origin]) {
        listening[origin] = true;
        window.addEventListener("message", resize);
    }

    embed(script);
    embedPlaceholders();
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", embedPlaceholders);
    }
})();
