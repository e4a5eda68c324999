// Warns before the idle logoff (accounts/middleware.py) so nothing typed is lost. The idle
// limit and the warning time come from data attributes on #session-warning; a couple of
// minutes before the limit a dialog offers to stay logged in, which pings the server (POST)
// and never reloads the page. If the limit passes, the dialog says so and the page is kept.
// Its words come from the JavaScript catalogue (gettext, ngettext), loaded by base.html.
(function () {
  "use strict";

  function inWords(milliseconds) {
    var seconds = Math.max(0, Math.ceil(milliseconds / 1000));
    if (seconds >= 60) {
      var minutes = Math.ceil(seconds / 60);
      return interpolate(ngettext("%s minute", "%s minutes", minutes), [minutes]);
    }
    return interpolate(ngettext("%s second", "%s seconds", seconds), [seconds]);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var dialog = document.getElementById("session-warning");
    if (!dialog || typeof dialog.showModal !== "function") {
      return;
    }
    var idle = Number(dialog.getAttribute("data-idle-seconds")) * 1000;
    var warning = Math.min(Number(dialog.getAttribute("data-warning-seconds")) * 1000, idle);
    if (!(idle > 0)) {
      return;
    }
    var title = document.getElementById("session-warning-title");
    var text = document.getElementById("session-warning-text");
    var stay = document.getElementById("session-stay");
    var close = document.getElementById("session-close");
    var deadline = 0;
    var warnTimer = null;
    var tick = null;

    function open(focus) {
      if (!dialog.open) {
        dialog.showModal();
      }
      focus.focus();
    }

    function update() {
      var left = deadline - Date.now();
      if (left <= 0) {
        ended();
        return;
      }
      text.textContent = interpolate(
        gettext(
          "You will be logged out in %s because nothing has been sent to Overlap for a " +
            "while. Anything you have typed stays on this page."
        ),
        [inWords(left)]
      );
    }

    function ended() {
      clearInterval(tick);
      title.textContent = gettext("You have been logged out");
      text.textContent = gettext(
        "For your privacy, Overlap logged you out after a period of inactivity. " +
          "What you typed is still on this page: copy anything you want to keep, " +
          "then log in again."
      );
      stay.hidden = true;
      close.hidden = false;
      open(close);
    }

    function warn() {
      title.textContent = gettext("Are you still there?");
      update();
      clearInterval(tick);
      tick = setInterval(update, 1000);
      if (deadline > Date.now()) {
        open(stay);
      }
    }

    function restart() {
      deadline = Date.now() + idle;
      clearTimeout(warnTimer);
      clearInterval(tick);
      warnTimer = setTimeout(warn, idle - warning);
    }

    stay.addEventListener("click", function () {
      var token = document.querySelector("input[name=csrfmiddlewaretoken]");
      stay.disabled = true;
      fetch(dialog.getAttribute("data-ping-url"), {
        method: "POST",
        credentials: "same-origin",
        headers: { Accept: "application/json", "X-CSRFToken": token ? token.value : "" },
      })
        .then(function (response) {
          stay.disabled = false;
          if (response.ok) {
            dialog.close();
            restart();
          } else {
            ended();
          }
        })
        .catch(function () {
          stay.disabled = false;
          text.textContent = gettext(
            "Overlap could not be reached. Check your connection, then choose " +
              "\u201cStay logged in\u201d again."
          );
        });
    });
    close.addEventListener("click", function () {
      dialog.close();
    });

    restart();
  });
})();
