// Applies the chosen colour theme before the page paints, follows the device when the
// choice is "system", and saves a new choice without reloading the page.
(function () {
  "use strict";
  var root = document.documentElement;
  var themes = ["light", "dark", "contrast"];
  var darkQuery = window.matchMedia("(prefers-color-scheme: dark)");

  function resolve(pref) {
    if (themes.indexOf(pref) !== -1) {
      return pref;
    }
    return darkQuery.matches ? "dark" : "light";
  }

  function apply(pref) {
    root.setAttribute("data-theme-pref", pref);
    root.setAttribute("data-bs-theme", resolve(pref));
  }

  apply(root.getAttribute("data-theme-pref") || "system");
  darkQuery.addEventListener("change", function () {
    apply(root.getAttribute("data-theme-pref"));
  });

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.theme-form").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        var choice = event.submitter && event.submitter.value;
        if (!choice) {
          return;
        }
        event.preventDefault();
        var data = new FormData(form);
        data.set("theme", choice);
        fetch(form.action, {
          method: "POST",
          body: data,
          headers: { Accept: "application/json" },
          credentials: "same-origin",
        }).then(function (response) {
          if (response.ok) {
            apply(choice);
            var status = document.getElementById("theme-status");
            if (status) {
              status.textContent = "Theme changed to " + event.submitter.textContent + ".";
            }
          } else {
            form.submit();
          }
        });
      });
    });
  });
})();
