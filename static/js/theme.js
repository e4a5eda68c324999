// Applies the chosen colour theme before the page paints, follows the device when the
// choice is "system", keeps the home page dim in attack mode, and saves a new choice
// without reloading the page.
(function () {
  "use strict";
  var root = document.documentElement;
  var themes = ["light", "dark", "contrast"];
  var darkQuery = window.matchMedia("(prefers-color-scheme: dark)");

  function resolve(pref) {
    // During an attack the home page goes dim, unless the patient needs high contrast.
    if (root.hasAttribute("data-attack-mode") && pref !== "contrast") {
      return "dark";
    }
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
    // Onboarding's theme question: show each choice as soon as it is picked.
    document.querySelectorAll("form.theme-preview input[name=theme]").forEach(function (radio) {
      radio.addEventListener("change", function () {
        apply(radio.value);
      });
    });
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
              status.textContent = interpolate(gettext("Theme changed to %s."), [
                event.submitter.textContent.trim(),
              ]);
            }
          } else {
            form.submit();
          }
        });
      });
    });
  });
})();
