/* Workspaces: progressive enhancement only; every form works without this file. */
(function () {
  "use strict";
  // Ask before destructive actions (remove a post or member, leave, archive, propose).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form && form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
