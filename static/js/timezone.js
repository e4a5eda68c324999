// Reads the device's time zone and offers it: on the onboarding step it is chosen in the
// list for the patient to confirm; in the question at the top of a page (the one-time
// question, or the offer after a login) it fills the "Use ..." button, and the offer only
// shows when the device is in another zone than the account.
(function () {
  "use strict";

  function deviceZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (error) {
      return "";
    }
  }

  function show(container, zone) {
    container.querySelectorAll("[data-device-zone]").forEach(function (element) {
      element.textContent = zone;
    });
    container.querySelectorAll("[data-device-zone-input]").forEach(function (input) {
      input.value = zone;
    });
    container.querySelectorAll("[data-device-zone-shown]").forEach(function (element) {
      element.hidden = false;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var zone = deviceZone();
    if (!zone) {
      return;
    }
    var select = document.querySelector("select[data-detect-timezone]");
    if (select) {
      var known = Array.prototype.some.call(select.options, function (option) {
        return option.value === zone;
      });
      if (known) {
        select.value = zone;
        show(document.querySelector("main") || document.body, zone);
      }
    }
    document.querySelectorAll("[data-timezone-question]").forEach(function (question) {
      if (zone === question.getAttribute("data-account-zone")) {
        return;
      }
      show(question, zone);
      question.hidden = false;
    });
  });
})();
