/* Workspaces: progressive enhancement only; every form works without this file. */
(function () {
  "use strict";
  // Ask before destructive actions (remove a post, leave, archive...).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form && form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
  // Submit notification choices as soon as one is picked.
  document.querySelectorAll("form.ws-notify").forEach(function (form) {
    var button = form.querySelector("button[type=submit]");
    form.addEventListener("change", function () {
      if (button) { button.disabled = true; }
      form.submit();
    });
  });
})();
