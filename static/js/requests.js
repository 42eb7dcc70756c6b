/* Request drafting: progressive enhancement only; every step works without this file. */
(function () {
  "use strict";

  // A filter above a long list of national provisions (the case step).
  var first = document.querySelector("input[name=provisions][data-filter-label]");
  var list = first && document.getElementById("id_provisions");
  if (list) {
    var items = Array.prototype.slice.call(list.querySelectorAll("label")).map(function (label) {
      return { row: label.parentNode, text: label.textContent.toLowerCase() };
    });
    var field = document.createElement("p");
    var label = document.createElement("label");
    var input = document.createElement("input");
    input.type = "search";
    input.id = "id_provisions_filter";
    input.autocomplete = "off";
    label.htmlFor = input.id;
    label.textContent = first.getAttribute("data-filter-label");
    field.appendChild(label);
    field.appendChild(document.createTextNode(" "));
    field.appendChild(input);
    list.parentNode.insertBefore(field, list);
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      items.forEach(function (item) {
        var checked = item.row.querySelector("input").checked;
        item.row.hidden = !checked && !words.every(function (word) { return item.text.indexOf(word) !== -1; });
      });
    });
  }

  // Ask before leaving a step whose changes are not saved yet.
  var form = document.querySelector("form[data-draft-step]");
  if (form) {
    var changed = false;
    form.addEventListener("input", function () { changed = true; });
    form.addEventListener("change", function () { changed = true; });
    form.addEventListener("submit", function () { changed = false; });
    window.addEventListener("beforeunload", function (event) {
      if (changed) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  }
})();
