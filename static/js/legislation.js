// Progressive enhancement for the legislation pages; every page works without it.
(function () {
  "use strict";

  // Filters apply with the "Apply filters" button only: submitting on every change of a select
  // would reload the page at each arrow key for keyboard users (WCAG 3.2.2, On Input).

  // The comparison picker says how many states are ticked and keeps the count within limits.
  document.querySelectorAll("form[data-compare]").forEach(function (form) {
    var min = parseInt(form.dataset.min, 10);
    var max = parseInt(form.dataset.max, 10);
    var output = form.querySelector(".compare-count");
    var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=countries]"));
    var button = form.querySelector("button[type=submit]");
    function update() {
      var ticked = boxes.filter(function (box) { return box.checked; }).length;
      boxes.forEach(function (box) { box.disabled = !box.checked && ticked >= max; });
      if (output) {
        output.textContent = ticked + " / " + max;
      }
      if (button) {
        button.setAttribute("aria-disabled", ticked < min ? "true" : "false");
      }
    }
    boxes.forEach(function (box) { box.addEventListener("change", update); });
    update();
  });
})();
