// Wagtail's StreamField "+" buttons hold only an icon and an English tooltip: screen
// readers announce nothing useful and the tooltip is the only hint. Name them in
// Vietnamese, including the buttons added as blocks are inserted.
(() => {
  const LABELS = [
    ["[data-streamfield-list-add]", "Thêm mục vào danh sách"],
    [".c-sf-add-button", "Chèn khối nội dung"],
  ];

  const label = () => {
    LABELS.forEach(([selector, text]) => {
      document.querySelectorAll(`${selector}:not([aria-label])`).forEach((button) => {
        button.setAttribute("aria-label", text);
        button.setAttribute("title", text);
      });
    });
  };

  const start = () => {
    label();
    new MutationObserver(label).observe(document.body, { childList: true, subtree: true });
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
