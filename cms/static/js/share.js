/*
 * "Sao chép liên kết": where the browser can write to the clipboard, the link to the page
 * becomes a button that copies the page's address and says so. Elsewhere it stays a plain
 * link to the page, whose address the reader can copy from the browser.
 */
(function () {
    "use strict";

    if (!navigator.clipboard || !window.isSecureContext) {
        return;
    }

    document.querySelectorAll("[data-share]").forEach(function (share) {
        var link = share.querySelector("[data-share-copy]");
        var status = share.querySelector("[data-share-status]");
        if (!link || !status) {
            return;
        }
        var button = document.createElement("button");
        button.type = "button";
        button.className = link.className;
        button.textContent = link.textContent;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(link.href).then(
                function () {
                    status.textContent = "Đã sao chép liên kết.";
                },
                function () {
                    status.textContent = "Không sao chép được, hãy chép địa chỉ trên thanh trình duyệt.";
                }
            );
        });
        link.replaceWith(button);
    });
})();
