// Progressive enhancement for the contacts pages; everything works without it.
(function () {
  "use strict";
  // Choosing a country on /report/ shows its channels at once.
  document.querySelectorAll("form.country-choice select").forEach(function (select) {
    select.addEventListener("change", function () {
      if (select.value) { select.form.submit(); }
    });
  });
  // The update-request page: tick or untick every entry at once.
  document.querySelectorAll("form.update-request-form").forEach(function (form) {
    var boxes = form.querySelectorAll("input[type=checkbox]");
    if (!boxes.length) { return; }
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "secondary";
    toggle.textContent = form.getAttribute("data-toggle-label") || "Tick or untick all";
    toggle.addEventListener("click", function () {
      var allChecked = Array.prototype.every.call(boxes, function (box) { return box.checked; });
      boxes.forEach(function (box) { box.checked = !allChecked; });
    });
    form.insertBefore(toggle, form.firstChild.nextSibling);
  });
})();

// The directory: "Copy" puts an entry's name, unit, email, phones and hours on the clipboard.
// Without JavaScript (or without clipboard access) the button stays hidden and the same
// details are there to select as text.
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) { return; }
  document.querySelectorAll("button.copy-contact[data-copy]").forEach(function (button) {
    var label = button.firstChild.nodeValue;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
        button.firstChild.nodeValue = button.getAttribute("data-copied") || label;
        window.setTimeout(function () { button.firstChild.nodeValue = label; }, 2000);
      });
    });
  });
})();
