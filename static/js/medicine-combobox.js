// Suggestions from Overlap's medicine catalogue for the medication form's name field (the
// ARIA combobox pattern with a list popup). Typing two letters or more asks the catalogue
// (data-medicine-catalogue on the form) for medicines whose brand or generic name contains
// them; arrow keys move through the suggestions, Enter or a tap picks one, Escape closes the
// list. Picking one fills the name, the kind, the purpose and an empty usual amount. Any other
// name can still be typed and saved. The one-tap box follows the purpose (ticked for "to treat
// an attack") until the patient ticks or unticks it themselves; the start day is asked only
// for the other purposes.
(function () {
  "use strict";

  var DELAY_MS = 150;

  function setup(form) {
    var url = form.getAttribute("data-medicine-catalogue");
    var input = form.querySelector("input[name='name']");
    var kind = form.querySelector("select[name='category']");
    var amount = form.querySelector("input[name='usual_amount']");
    var oneTap = form.querySelector("input[name='usual_for_attacks']");
    var purposes = form.querySelectorAll("input[name='purpose']");
    if (!url || !input) {
      return;
    }

    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", gettext("Medicines from Overlap's list"));
    list.className = "list-group medicine-suggestions mt-1";
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.insertAdjacentElement("afterend", status);
    input.insertAdjacentElement("afterend", list);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var results = [];
    var active = -1;
    var timer = null;
    var asked = 0;
    var oneTapTouched = false;

    function close() {
      list.hidden = true;
      list.replaceChildren();
      results = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      active = index;
      var options = list.querySelectorAll("[role='option']");
      options.forEach(function (option, position) {
        var chosen = position === index;
        option.setAttribute("aria-selected", chosen ? "true" : "false");
        option.classList.toggle("active", chosen);
      });
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(found) {
      list.replaceChildren();
      results = found;
      active = -1;
      input.removeAttribute("aria-activedescendant");
      found.forEach(function (medicine, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.className = "list-group-item list-group-item-action";
        var name = document.createElement("span");
        name.className = "fw-semibold";
        name.textContent = medicine.name;
        option.appendChild(name);
        if (medicine.name !== medicine.generic_name) {
          option.appendChild(document.createTextNode(" (" + medicine.generic_name + ")"));
        }
        var detail = document.createElement("span");
        detail.className = "d-block small";
        detail.textContent = medicine.kind_label;
        option.appendChild(detail);
        // Before the input loses focus, so the tap is not lost to the list closing.
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
        });
        option.addEventListener("click", function () {
          pick(index);
        });
        list.appendChild(option);
      });
      list.hidden = found.length === 0;
      input.setAttribute("aria-expanded", found.length ? "true" : "false");
      status.textContent = found.length
        ? interpolate(
            ngettext(
              "%s suggestion: use the up and down arrows to choose.",
              "%s suggestions: use the up and down arrows to choose.",
              found.length
            ),
            [found.length]
          )
        : "";
    }

    // "When did you start it?" is asked for a medicine to prevent attacks or for the
    // autoimmune disease: hidden while "to treat an attack" is chosen (the server keeps no
    // start day for those either).
    var started = form.querySelector("input[name='started_on']");
    var startedBox = started ? started.closest(".mb-3") || started.parentElement : null;

    function syncStarted() {
      if (!startedBox) {
        return;
      }
      var chosen = form.querySelector("input[name='purpose']:checked");
      startedBox.hidden = chosen !== null && chosen.value === "acute";
    }

    function syncOneTap() {
      syncStarted();
      if (!oneTap || oneTapTouched) {
        return;
      }
      var chosen = form.querySelector("input[name='purpose']:checked");
      if (chosen) {
        oneTap.checked = chosen.value === "acute";
      }
    }

    function pick(index) {
      var medicine = results[index];
      if (!medicine) {
        return;
      }
      input.value = medicine.name;
      if (kind) {
        kind.value = medicine.kind;
      }
      purposes.forEach(function (radio) {
        radio.checked = radio.value === medicine.purpose;
      });
      if (amount && !amount.value && medicine.amount) {
        amount.value = medicine.amount;
      }
      syncOneTap();
      close();
      status.textContent = interpolate(
        gettext("%(medicine)s chosen: %(kind)s, %(purpose)s."),
        { medicine: medicine.name, kind: medicine.kind_label, purpose: medicine.purpose_label },
        true
      );
      input.focus();
    }

    function ask() {
      var query = input.value.trim();
      if (query.length < 2) {
        close();
        return;
      }
      var number = ++asked;
      fetch(url + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          // Only the answer to the latest letters typed counts.
          if (number === asked && document.activeElement === input) {
            show(data.results || []);
          }
        })
        .catch(function () {
          // Without suggestions the field is a plain text box: nothing to tell.
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && results.length > 0;
      if (event.key === "ArrowDown") {
        if (open) {
          highlight((active + 1) % results.length);
        } else {
          ask();
        }
        event.preventDefault();
      } else if (event.key === "ArrowUp" && open) {
        highlight(active <= 0 ? results.length - 1 : active - 1);
        event.preventDefault();
      } else if (event.key === "Enter" && open && active >= 0) {
        // Picking a suggestion must not submit the form.
        event.preventDefault();
        pick(active);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener("blur", function () {
      close();
    });

    if (oneTap) {
      oneTap.addEventListener("change", function () {
        oneTapTouched = true;
      });
      // An existing medicine, or a form shown again, keeps the box as the patient left it.
      oneTapTouched = form.querySelector("input[name='purpose']:checked") !== null;
    }
    purposes.forEach(function (radio) {
      radio.addEventListener("change", syncOneTap);
    });
    syncStarted();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-medicine-catalogue]").forEach(setup);
  });
})();
