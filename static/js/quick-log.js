// The quick log (templates/diary/quick_log.html): start an attack (now or some minutes
// ago), log a one-tap dose, end the attack, answer "did it help?" for a dose, say "no
// headache today" and fill in a short check-in, with or without a connection. Each tap goes to
// the phone's outbox first (static/js/outbox.js) with an id made here, the phone's time
// and its time zone; the page says at once that it is saved on this phone. Its words come
// from the JavaScript catalogue (gettext, ngettext, interpolate), loaded by base.html.
(function () {
  "use strict";
  var root = document.getElementById("quick-log");
  if (!root || !window.OverlapOutbox) {
    return;
  }
  var outbox = window.OverlapOutbox;
  // { account, medications: [{id, name, amount}], ongoing: {id, started_at},
  //   relief_questions: [{id, name, taken_at}], relief_answers: [[value, label]],
  //   relief_after_minutes }
  var state = null;
  var RELIEF_ANSWERS = [
    ["none", gettext("No")],
    ["little", gettext("A little")],
    ["lot", gettext("A lot")],
    ["full", gettext("Fully")],
  ];
  // Dates and times in the page's language, whatever the phone's.
  var language = document.documentElement.lang || undefined;
  var dayFormat = new Intl.DateTimeFormat(language, { weekday: "long", day: "numeric", month: "long" });
  var timeFormat = new Intl.DateTimeFormat(language, { hour: "2-digit", minute: "2-digit" });

  function named(text, values) {
    return interpolate(text, values, true);
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map
      .call(bytes, function (byte) {
        return (byte + 0x100).toString(16).slice(1);
      })
      .join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  function timeZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (error) {
      return "";
    }
  }

  // The phone's own calendar day, as YYYY-MM-DD.
  function localDay(date) {
    var month = String(date.getMonth() + 1).padStart(2, "0");
    var day = String(date.getDate()).padStart(2, "0");
    return date.getFullYear() + "-" + month + "-" + day;
  }

  function dayName(isoDay) {
    var parts = isoDay.split("-").map(Number);
    return dayFormat.format(new Date(parts[0], parts[1] - 1, parts[2]));
  }

  function say(text) {
    var status = byId("quick-log-status");
    status.textContent = text;
    status.hidden = false;
  }

  // The attack going on as the phone knows it: the server's, unless an action still in
  // the outbox started a new one or ended it.
  function currentAttack(pending) {
    var attack = state && state.ongoing ? { ref: state.ongoing.id, startedAt: state.ongoing.started_at } : null;
    pending.forEach(function (item) {
      if (item.kind === "attack_start") {
        attack = { ref: item.id, startedAt: item.at };
      } else if (item.kind === "attack_end") {
        attack = null;
      }
    });
    return attack;
  }

  function render() {
    return Promise.all([outbox.pending(), outbox.attention()]).then(function (stores) {
      var pending = stores[0];
      var refused = stores[1];
      var count = pending.length;
      byId("outbox-count").textContent =
        count === 0
          ? gettext("Nothing waiting to sync.")
          : interpolate(
              ngettext(
                "%s item saved on this phone, not yet synced.",
                "%s items saved on this phone, not yet synced.",
                count
              ),
              [count]
            );

      var attack = currentAttack(pending);
      byId("attack-heading").textContent = attack ? gettext("Attack in progress") : gettext("Having an attack?");
      byId("no-attack").hidden = Boolean(attack);
      byId("in-attack").hidden = !attack;
      if (attack) {
        byId("attack-since").textContent = named(gettext("Started at %(time)s."), {
          time: timeFormat.format(new Date(attack.startedAt)),
        });
      }
      renderDoses(state ? state.medications : []);
      renderRelief(pending);
      var today = localDay(new Date());
      byId("no-headache").hidden = pending.some(function (item) {
        return item.kind === "no_headache" && item.day === today;
      });
      renderAttention(refused);
    });
  }

  function renderDoses(medications) {
    var box = byId("dose-buttons");
    box.replaceChildren();
    medications.forEach(function (medication) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-outline-primary btn-big w-100";
      button.textContent = medication.amount
        ? named(gettext("Took %(medicine)s (%(amount)s)"), { medicine: medication.name, amount: medication.amount })
        : named(gettext("Took %(medicine)s"), { medicine: medication.name });
      button.addEventListener("click", function () {
        logDose(medication);
      });
      box.appendChild(button);
    });
    byId("no-medicines").hidden = medications.length > 0;
  }

  // The doses to ask about: the server's, and doses logged on this phone long enough ago,
  // less those answered on this phone and not yet synced.
  function reliefQuestions(pending) {
    var afterMinutes = state && state.relief_after_minutes ? state.relief_after_minutes : 120;
    var cutoff = Date.now() - afterMinutes * 60000;
    var answered = {};
    pending.forEach(function (item) {
      if (item.kind === "relief") {
        answered[String(item.dose)] = true;
      }
    });
    var questions = (state && state.relief_questions ? state.relief_questions : []).map(function (dose) {
      return { ref: String(dose.id), name: dose.name, takenAt: dose.taken_at };
    });
    pending.forEach(function (item) {
      if (item.kind === "dose" && new Date(item.at).getTime() <= cutoff) {
        questions.push({ ref: item.id, name: item.medication_name || gettext("your medicine"), takenAt: item.at });
      }
    });
    return questions.filter(function (question) {
      return !answered[question.ref];
    });
  }

  function renderRelief(pending) {
    var list = byId("relief-list");
    var answers = state && state.relief_answers ? state.relief_answers : RELIEF_ANSWERS;
    var questions = reliefQuestions(pending);
    list.replaceChildren();
    questions.forEach(function (question, index) {
      var group = document.createElement("fieldset");
      group.className = "mb-3";
      var legend = document.createElement("legend");
      legend.className = "h6";
      legend.textContent = named(gettext("Did %(medicine)s help?"), { medicine: question.name });
      var taken = document.createElement("p");
      taken.className = "small mb-2";
      taken.id = "relief-taken-" + index;
      taken.textContent = named(gettext("Taken at %(time)s."), { time: timeFormat.format(new Date(question.takenAt)) });
      var buttons = document.createElement("div");
      buttons.className = "relief-answers";
      answers.forEach(function (answer) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "btn btn-outline-primary btn-big";
        button.textContent = answer[1];
        button.setAttribute("aria-describedby", taken.id);
        button.addEventListener("click", function () {
          answerRelief(question, answer);
        });
        buttons.appendChild(button);
      });
      group.append(legend, taken, buttons);
      list.appendChild(group);
    });
    byId("relief").hidden = questions.length === 0;
  }

  function renderAttention(refused) {
    var list = byId("attention-list");
    list.replaceChildren();
    refused.forEach(function (item) {
      var entry = document.createElement("li");
      entry.className = "mb-2";
      var text = document.createElement("p");
      text.className = "mb-1";
      var details = item.errors
        ? Object.keys(item.errors).map(function (field) {
            return item.errors[field].join(" ");
          })
        : [];
      text.textContent = [describe(item) + ": " + item.reason].concat(details).join(" ");
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "btn btn-outline-secondary btn-sm";
      remove.textContent = gettext("Remove from this phone");
      remove.addEventListener("click", function () {
        outbox.dismiss(item.id).then(render);
      });
      entry.append(text, remove);
      list.appendChild(entry);
    });
    byId("attention").hidden = refused.length === 0;
  }

  function describe(item) {
    var when = timeFormat.format(new Date(item.at));
    if (item.kind === "attack_start") {
      return named(gettext("Attack started at %(time)s"), { time: when });
    }
    if (item.kind === "attack_end") {
      return named(gettext("Attack ended at %(time)s"), { time: when });
    }
    if (item.kind === "relief") {
      return named(gettext("Did %(medicine)s help: %(answer)s"), {
        medicine: item.medication_name || gettext("the medicine"),
        answer: item.relief_label || item.relief,
      });
    }
    if (item.kind === "no_headache") {
      return named(gettext("No headache on %(day)s"), { day: dayName(item.day) });
    }
    if (item.kind === "checkin") {
      return named(gettext("Check-in for %(day)s"), { day: dayName(item.day) });
    }
    return item.medication_name
      ? named(gettext("%(medicine)s taken at %(time)s"), { medicine: item.medication_name, time: when })
      : named(gettext("A dose taken at %(time)s"), { time: when });
  }

  function save(item) {
    var now = new Date();
    item.id = newId();
    item.recorded_at = now.toISOString();
    item.time_zone = timeZone();
    item.account = state ? state.account : null;
    return outbox.add(item).then(function () {
      say(named(gettext("%(what)s. Saved on this phone, will sync."), { what: describe(item) }));
      return render();
    }).then(function () {
      document.dispatchEvent(new CustomEvent("overlap:queued"));
    });
  }

  function startAttack(minutesAgo) {
    var start = new Date();
    start.setSeconds(0, 0);
    start = new Date(start.getTime() - minutesAgo * 60000);
    return save({ kind: "attack_start", at: start.toISOString() });
  }

  function logDose(medication) {
    return outbox.pending().then(function (pending) {
      var attack = currentAttack(pending);
      return save({
        kind: "dose",
        at: new Date().toISOString(),
        medication: medication.id,
        medication_name: medication.name,
        attack: attack ? attack.ref : null,
      });
    });
  }

  function endAttack() {
    return outbox.pending().then(function (pending) {
      var attack = currentAttack(pending);
      if (attack) {
        return save({ kind: "attack_end", at: new Date().toISOString(), attack: attack.ref });
      }
    });
  }

  function answerRelief(question, answer) {
    return save({
      kind: "relief",
      at: new Date().toISOString(),
      dose: question.ref,
      relief: answer[0],
      relief_label: answer[1].toLowerCase(),
      medication_name: question.name,
    });
  }

  function noHeadacheToday() {
    var now = new Date();
    return save({ kind: "no_headache", at: now.toISOString(), day: localDay(now) });
  }

  // The check-in's answers as numbers, or the reason one cannot be read.
  function checkInAnswers(form) {
    var fields = [
      ["wellbeing", gettext("How you are overall"), 0, 10, 1],
      ["stress", gettext("Stress"), 0, 10, 1],
      ["sleep_hours", gettext("Hours of sleep"), 0, 24, 0.5],
    ];
    var answers = {};
    var problems = [];
    fields.forEach(function (field) {
      var input = form.elements[field[0]];
      var text = input.value.trim();
      input.removeAttribute("aria-invalid");
      if (text === "") {
        return;
      }
      var value = Number(text.replace(",", "."));
      if (!isFinite(value) || value < field[2] || value > field[3] || Math.round(value / field[4]) * field[4] !== value) {
        input.setAttribute("aria-invalid", "true");
        problems.push(
          named(
            field[4] < 1
              ? gettext("%(question)s is a number from %(low)s to %(high)s in half hours.")
              : gettext("%(question)s is a number from %(low)s to %(high)s."),
            { question: field[1], low: field[2], high: field[3] }
          )
        );
        return;
      }
      answers[field[0]] = value;
    });
    if (!problems.length && !Object.keys(answers).length) {
      problems.push(gettext("Answer at least one question."));
    }
    return { answers: answers, problems: problems };
  }

  function checkIn(event) {
    event.preventDefault();
    var form = event.target;
    var error = byId("checkin-error");
    var read = checkInAnswers(form);
    if (read.problems.length) {
      error.textContent = gettext("Nothing was saved.") + " " + read.problems.join(" ");
      error.hidden = false;
      return null;
    }
    error.hidden = true;
    var now = new Date();
    return save(Object.assign({ kind: "checkin", at: now.toISOString(), day: localDay(now) }, read.answers)).then(
      function () {
        form.reset();
      }
    );
  }

  function loadState() {
    // What the phone kept first, then the server's when there is a connection.
    return outbox
      .getState()
      .then(function (kept) {
        state = kept || null;
        return render();
      })
      .then(function () {
        return fetch(root.dataset.stateUrl, {
          credentials: "same-origin",
          redirect: "manual",
          headers: { Accept: "application/json" },
        });
      })
      .then(function (response) {
        if (response.ok) {
          return response.json().then(function (fresh) {
            state = fresh;
            return outbox.setState(fresh).then(render);
          });
        }
        if (response.status === 401 || response.type === "opaqueredirect") {
          showLoginNeeded();
        }
      })
      .catch(function () {
        // No connection: the phone's copy will do.
      })
      .then(function () {
        root.setAttribute("data-state-loaded", "");
      });
  }

  function showLoginNeeded() {
    outbox.pending().then(function (pending) {
      byId("login-needed").hidden = pending.length === 0;
    });
  }

  root.querySelectorAll("[data-minutes-ago]").forEach(function (button) {
    button.addEventListener("click", function () {
      startAttack(Number(button.dataset.minutesAgo));
    });
  });
  byId("end-attack").addEventListener("click", endAttack);
  byId("no-headache").addEventListener("click", noHeadacheToday);
  byId("quick-checkin").addEventListener("submit", checkIn);

  document.addEventListener("overlap:queued", function () {
    outbox.flush();
  });
  document.addEventListener("overlap:synced", function (event) {
    var result = event.detail;
    byId("login-needed").hidden = true;
    if (result.outcome === "login") {
      showLoginNeeded();
    }
    var refreshed = result.saved.length ? loadState() : render();
    refreshed.then(function () {
      return outbox.attention();
    }).then(function (refused) {
      if (result.saved.length && result.outcome === "done") {
        say(
          refused.length
            ? gettext("Synced with your diary, except what needs your attention below.")
            : gettext("Synced with your diary.")
        );
      } else if (refused.length && result.outcome === "done") {
        say(gettext("Some of what you logged needs your attention below."));
      }
    });
  });

  window.OverlapQuickLog = { render: render, loadState: loadState, showLoginNeeded: showLoginNeeded, say: say };
  loadState();
})();
