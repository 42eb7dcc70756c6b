// Progressive enhancement for the contacts pages; everything works without it.
(function () {
  "use strict";
  // Choosing a country on /report/ shows its channels at once.
  document.querySelectorAll("form.country-choice select").forEach(function (select) {
    select.addEventListener("change", function () {
      if (select.value) { select.form.submit(); }
    });
  });
  // The update-request page: once the focal point has opened every entry (each is a <details>
  // holding its "still correct" box), a button ticks them all at once. Nothing is ticked before.
  document.querySelectorAll("form.update-request-form").forEach(function (form) {
    var entries = form.querySelectorAll("details.confirm-entry");
    if (!entries.length) { return; }
    var opened = new Set();
    var wrapper = document.createElement("p");
    wrapper.className = "confirm-all";
    wrapper.hidden = true;
    var help = document.createElement("span");
    help.textContent = form.getAttribute("data-confirm-all-help") || "";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "secondary";
    button.textContent = form.getAttribute("data-confirm-all-label") || "Tick all";
    button.addEventListener("click", function () {
      form.querySelectorAll("details.confirm-entry input[type=checkbox]").forEach(function (box) { box.checked = true; });
    });
    wrapper.appendChild(help);
    wrapper.appendChild(document.createTextNode(" "));
    wrapper.appendChild(button);
    form.insertBefore(wrapper, form.querySelector("button[type=submit]"));
    // A live region present from the start, so screen readers announce the button when it appears.
    var announce = document.createElement("span");
    announce.className = "visually-hidden";
    announce.setAttribute("role", "status");
    form.insertBefore(announce, wrapper);
    function note(details, index) {
      if (details.open) { opened.add(index); }
      var ready = opened.size >= entries.length;
      if (ready && wrapper.hidden) { announce.textContent = help.textContent; }
      wrapper.hidden = !ready;
    }
    entries.forEach(function (details, index) {
      note(details, index);
      details.addEventListener("toggle", function () { note(details, index); });
    });
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
