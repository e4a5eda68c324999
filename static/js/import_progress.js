// The page of an import running in the background: ask its state every two seconds, move
// the bar to the entries saved so far (the words come from the server), and show the
// result (reload) once the worker is done.
(function () {
  "use strict";
  const waiting = document.getElementById("import-waiting");
  if (!waiting) {
    return;
  }
  const url = waiting.dataset.statusUrl;
  const bar = document.getElementById("import-progress");
  const words = document.getElementById("import-progress-text");

  function show(progress) {
    if (!progress || !bar) {
      return;
    }
    if (progress.total > 0) {
      bar.max = progress.total;
      bar.value = Math.min(progress.done, progress.total);
    }
    if (words && typeof progress.text === "string") {
      words.textContent = progress.text;
    }
  }

  function check() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (status) {
        if (status && status.state !== "queued") {
          window.location.reload();
        } else {
          if (status) {
            show(status.progress);
          }
          window.setTimeout(check, 2000);
        }
      })
      .catch(function () {
        window.setTimeout(check, 5000);
      });
  }

  window.setTimeout(check, 2000);
})();
