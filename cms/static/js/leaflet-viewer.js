/*
 * E-leaflet viewer: on phones, one panel per screen with previous/next buttons.
 * Progressive enhancement: without this script every panel stays listed and readable,
 * and on wide screens the stylesheet shows all panels and hides the buttons anyway.
 */
(function () {
    "use strict";

    function enhance(viewer) {
        var panels = Array.prototype.slice.call(viewer.querySelectorAll("[data-leaflet-panel]"));
        var controls = viewer.querySelector("[data-leaflet-controls]");
        if (panels.length < 2 || !controls) {
            return;
        }
        var previous = controls.querySelector("[data-leaflet-prev]");
        var next = controls.querySelector("[data-leaflet-next]");
        var status = controls.querySelector("[data-leaflet-status]");
        var current = 0;

        function show(index) {
            current = Math.max(0, Math.min(index, panels.length - 1));
            panels.forEach(function (panel, position) {
                panel.classList.toggle("is-current", position === current);
            });
            previous.disabled = current === 0;
            next.disabled = current === panels.length - 1;
            status.textContent = "Mặt " + (current + 1) + "/" + panels.length;
        }

        function step(offset) {
            show(current + offset);
            // After reading a long panel the reader is at the bottom; bring the new one's top into view.
            if (panels[current].getBoundingClientRect().top < 0) {
                panels[current].scrollIntoView({ block: "start" });
            }
        }

        previous.addEventListener("click", function () { step(-1); });
        next.addEventListener("click", function () { step(1); });

        // A shared link such as …#mat-3 opens on that panel.
        var linked = panels.findIndex(function (panel) {
            return "#" + panel.id === window.location.hash;
        });

        viewer.classList.add("is-enhanced");
        controls.hidden = false;
        show(linked === -1 ? 0 : linked);
    }

    document.querySelectorAll("[data-leaflet-viewer]").forEach(enhance);
})();
