/*
 * Chapters of a video page: a chapter's link moves the page's own player (an uploaded
 * video) to the chapter's start and plays it. Without JavaScript, or for a YouTube or
 * Facebook player (which cannot be scripted from here), the link is followed: to the
 * moment on YouTube, or to the player.
 */
(function () {
    "use strict";

    var video = document.querySelector("#video-player video");
    var chapters = document.querySelector("[data-video-chapters]");
    if (!video || !chapters) {
        return;
    }
    var status = chapters.querySelector("[data-chapter-status]");

    chapters.querySelectorAll("a[data-start]").forEach(function (link) {
        link.addEventListener("click", function (event) {
            event.preventDefault();
            video.currentTime = Number(link.dataset.start);
            var playing = video.play();
            if (playing && playing.catch) {
                playing.catch(function () {});
            }
            if (status) {
                status.textContent = "Đang phát: " + link.textContent.trim();
            }
            video.scrollIntoView({ block: "nearest" });
        });
    });
})();
