// Progressive enhancement for the public content pages; everything works without it.
(function () {
  "use strict";
  // Selecting a country on a guidance page shows its reporting channels at once.
  document.querySelectorAll("form.country-picker select").forEach(function (select) {
    select.addEventListener("change", function () {
      if (select.value) { select.form.submit(); }
    });
  });
})();
