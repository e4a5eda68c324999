// The page of an import running in the background: ask its state every two seconds and
// show the result (reload) once the worker is done.
(function () {
  "use strict";
  const waiting = document.getElementById("import-waiting");
  if (!waiting) {
    return;
  }
  const url = waiting.dataset.statusUrl;

  function check() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (status) {
        if (status && status.state !== "queued") {
          window.location.reload();
        } else {
          window.setTimeout(check, 2000);
        }
      })
      .catch(function () {
        window.setTimeout(check, 5000);
      });
  }

  window.setTimeout(check, 2000);
})();
