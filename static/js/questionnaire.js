// The urgent-help information on a questionnaire's page: shown at once, just below the
// question, when an answer on the safety item (PHQ-9 item 9) is above zero. Once shown it
// stays for the rest of the visit.
(function () {
  "use strict";
  const form = document.getElementById("questionnaire-form");
  const help = document.getElementById("urgent-help");
  if (!form || !help) {
    return;
  }
  function update() {
    const chosen = form.querySelector("input[data-safety]:checked");
    if (chosen !== null && Number(chosen.value) > 0 && help.hidden) {
      help.hidden = false;
      help.scrollIntoView({ block: "nearest" });
    }
  }
  form.addEventListener("change", function (event) {
    if (event.target.matches("input[data-safety]")) {
      update();
    }
  });
  update();
})();
