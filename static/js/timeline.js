// The timeline page: draws the charts and places their data tables and sentences from the
// JSON the page carries (json_script), and refetches it from /timeline/data.json when the
// period or the flare window changes. A period drawn by week carries only its dates
// ("deferred"): its data is fetched after the first paint, with a message and a button to
// try again in each chart and table if that fails. All numbers and words come from the
// server; this file only draws and places them, with the helpers of charts.js. Its own
// words (axis titles, series names, the loading messages) come from the JavaScript
// catalogue (gettext), and dates on the axis and numbers follow the page's language.
(function () {
  "use strict";

  var shared = window.OverlapCharts;
  var root = document.getElementById("timeline");
  var data = shared && shared.readJson("timeline-data");
  if (!root || !data || !window.Chart) {
    return;
  }
  var charts = {};
  var FACTORS = [
    { key: "sleep", label: gettext("Sleep (hours)"), css: "--ov-sleep", dash: [], lowest: true },
    { key: "stress", label: gettext("Stress (0-10)"), css: "--ov-stress", dash: [6, 4] },
    { key: "fatigue", label: gettext("Fatigue (0-10)"), css: "--ov-fatigue", dash: [2, 3] },
    {
      key: "joint_pain",
      label: gettext("Joint pain (0-10)"),
      css: "--ov-joint",
      dash: [10, 3, 2, 3],
    },
  ];
  var MONTH_SERIES = [
    { key: "migraine_days", label: gettext("Migraine days"), css: "--ov-migraine" },
    { key: "headache_days", label: gettext("Headache days"), css: "--ov-headache" },
    {
      key: "acute_medication_days",
      label: gettext("Acute-medication days"),
      css: "--ov-medication",
    },
    // Beside it: days with a medicine of an overuse class, whatever it was taken for.
    {
      key: "overuse_medication_days",
      label: gettext("Overuse-relevant days"),
      css: "--ov-overuse",
    },
    { key: "flare_days", label: gettext("Flare days"), css: "--ov-flare" },
  ];
  // The page's language for dates and numbers: British English for English, as the
  // server writes them; the first day of the week as the server's formats have it.
  var LOCALE = shared.locale();
  var FIRST_WEEKDAY = Number(root.dataset.firstWeekday || 1);
  var NUMBER = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
  var printing = false;

  // --- Staying light: charts drawn near the screen, tables filled 40 rows a task (in a
  // closed <details>, when idle or opened), aria-busy till done; printing does it at once.
  var reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  var generation = 0;
  var immediate = false;
  var unseen = new Map();
  var sight = new IntersectionObserver(
    function (entries) {
      entries.forEach(function (entry) {
        var drawIt = unseen.get(entry.target);
        if (entry.isIntersecting && drawIt) {
          unseen.delete(entry.target);
          setTimeout(drawIt, 0);
        }
      });
    },
    { rootMargin: "50% 0px" }
  );

  // No animation past 120 bars or points.
  function animated(count) {
    return !printing && count <= 120 && !reducedMotion.matches;
  }

  function later(callback, idle) {
    if (immediate) {
      callback();
    } else if (idle && window.requestIdleCallback) {
      window.requestIdleCallback(callback, { timeout: 1000 });
    } else {
      setTimeout(callback, idle ? 50 : 0);
    }
  }

  function whenSeen(id, drawIt) {
    var canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    sight.unobserve(canvas);
    unseen.delete(canvas);
    if (immediate) {
      drawIt();
    } else {
      unseen.set(canvas, drawIt);
      sight.observe(canvas);
    }
  }

  function fillInChunks(table, rows, token, done) {
    var details = table.closest("details");
    var at = 0;
    var ticket = 0;
    function chunk(mine) {
      if (token !== generation || mine !== ticket) {
        return;
      }
      shared.appendRows(table, rows.slice(at, at + 40));
      at += 40;
      if (at < rows.length) {
        later(chunk.bind(null, ++ticket), details && !details.open);
      } else {
        table.dataset.filled = "yes";
        done();
      }
    }
    table.querySelector("tbody").replaceChildren();
    table.dataset.filled = "no";
    function hurry() {
      if (token !== generation) {
        details.removeEventListener("toggle", hurry);
      } else if (details.open && at < rows.length) {
        chunk(++ticket);
      }
    }
    if (details) {
      details.addEventListener("toggle", hurry);
    }
    later(chunk.bind(null, ++ticket), details && !details.open);
  }

  // --- Helpers -----------------------------------------------------------------------

  // Colours from the theme, but text and grid black on white for printing.
  var PRINT_COLOURS = { "--bs-body-color": "#000", "--bs-border-color": "#bbb" };

  function cssVar(name) {
    return (printing && PRINT_COLOURS[name]) || shared.colour(name);
  }

  // An element a share's sections leave out is simply not on the page.
  function setText(id, text) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = text || "";
    }
  }

  function fillTable(id, rows) {
    shared.fillTable(document.getElementById(id), rows);
  }

  function baseOptions(count) {
    var color = cssVar("--bs-body-color");
    var grid = cssVar("--bs-border-color");
    return {
      locale: LOCALE,
      responsive: true,
      maintainAspectRatio: false,
      animation: animated(count) ? { duration: 250 } : false,
      color: color,
      plugins: {
        legend: { labels: { color: color } },
        tooltip: { mode: "index", intersect: false },
      },
      scales: {
        x: { ticks: { color: color }, grid: { color: grid } },
        y: { ticks: { color: color }, grid: { color: grid }, beginAtZero: true },
      },
    };
  }

  function draw(id, config) {
    if (charts[id]) {
      charts[id].destroy();
    }
    charts[id] = new window.Chart(document.getElementById(id), config);
  }

  // --- The combined time chart -------------------------------------------------------

  // More days or weeks than pixels across: `size` neighbours merge into one bar or point
  // at their worst value (lowest sleep, else highest), keeping its index `i` for the
  // tooltip. Every series shares the buckets, which Chart.js's decimation (lines only)
  // would not.
  function bucketSize(count) {
    var width = document.getElementById("timeline-chart").parentElement.clientWidth;
    return width && count > width ? Math.ceil(count / width) : 1;
  }

  function merge(points, size, step, lowest) {
    var merged = [];
    for (var start = 0; start < points.length; start += size) {
      var kept = points.slice(start, start + size).reduce(function (best, point) {
        var y = point.y;
        return y !== null && (!best || (lowest ? y < best.y : y > best.y)) ? point : best;
      }, null);
      merged.push({
        x: points[start].x + ((size - 1) * step) / 2,
        y: kept ? kept.y : null,
        i: kept ? kept.i : start,
      });
    }
    return merged;
  }

  function drawTimelineChart() {
    var series = data.series;
    var labels = data.labels;
    var weekly = data.resolution === "week";
    var xs = series.dates.map(shared.dayMs);
    var count = xs.length;
    var size = bucketSize(count);
    var step = (weekly ? 7 : 1) * shared.DAY_MS;
    function points(values, lowest) {
      return merge(
        values.map(function (y, index) {
          return { x: xs[index], y: y, i: index };
        }),
        size,
        step,
        lowest
      );
    }
    var drawn = Math.ceil(count / size);
    var big = drawn > 200;
    var bars = points(shared.migraineBars(series, weekly));
    var medication = points(shared.medicationMarks(series, weekly));
    var shown = {};
    document.querySelectorAll(".factor-toggle").forEach(function (box) {
      shown[box.value] = box.checked;
    });
    var datasets = [
      {
        type: "bar",
        label: labels.migraine,
        data: bars,
        backgroundColor: cssVar("--ov-migraine"),
        yAxisID: "y",
        order: 2,
      },
      {
        type: "scatter",
        label: labels.acute_medication,
        data: medication,
        backgroundColor: cssVar("--ov-medication"),
        borderColor: cssVar("--ov-medication"),
        pointStyle: "triangle",
        pointRadius: big ? 2 : 4,
        yAxisID: weekly ? "y" : "marks",
        order: 1,
      },
    ].concat(
      // Only the factors the data holds: a share without check-ins has none.
      FACTORS.filter(function (factor) {
        return series[factor.key];
      }).map(function (factor) {
        return {
          type: "line",
          label: factor.label,
          data: points(series[factor.key], factor.lowest),
          borderColor: cssVar(factor.css),
          backgroundColor: cssVar(factor.css),
          borderDash: factor.dash,
          borderWidth: 2,
          pointRadius: 0,
          spanGaps: false,
          hidden: !shown[factor.key],
          yAxisID: "factors",
          order: 0,
        };
      })
    ).concat(questionnaireMarks(big));
    var options = baseOptions(drawn);
    var color = cssVar("--bs-body-color");
    var grid = cssVar("--bs-border-color");
    options.parsing = false;
    options.normalized = true;
    // The page's own key above the chart names the bars, marks, flare shading and the
    // factor lines drawn: one legend, not a second one from Chart.js.
    options.plugins.legend = { display: false };
    document.querySelectorAll("#timeline-key [data-factor]").forEach(function (item) {
      item.hidden = !shown[item.dataset.factor];
    });
    options.plugins.tooltip.callbacks = {
      title: function (items) {
        var raw = items[0].raw;
        return data.tooltips.titles[raw.i === undefined ? items[0].dataIndex : raw.i];
      },
      label: function (item) {
        if (item.dataset.texts) {
          return item.dataset.texts[item.dataIndex];
        }
        if (item.datasetIndex === 0 && !weekly) {
          return data.tooltips.migraine[item.raw.i];
        }
        if (item.datasetIndex === 1 && !weekly) {
          return labels.medication_tooltip;
        }
        return interpolate(gettext("%(series)s: %(value)s"), {
          series: item.dataset.label,
          value: NUMBER.format(item.parsed.y),
        }, true);
      },
    };
    var first = xs.length ? xs[0] : Date.now();
    var last = xs.length ? xs[xs.length - 1] + (weekly ? 7 : 1) * shared.DAY_MS : Date.now();
    var unit = weekly ? "month" : count > 60 ? "week" : "day";
    var format = new Intl.DateTimeFormat(
      LOCALE,
      weekly ? { month: "short", year: "numeric" } : { day: "numeric", month: "short" }
    );
    options.scales = {
      // Days in ms on a linear axis, a tick each day, first day of the week (Monday, or
      // Sunday in Brazil) or 1st of the month: a time axis without its date library (11 KB).
      x: {
        type: "linear",
        min: first,
        max: last,
        offset: false,
        afterBuildTicks: function (scale) {
          var ticks = [];
          for (var day = new Date(first); day.getTime() <= last; day.setDate(day.getDate() + 1)) {
            if (unit === "day" || (unit === "week" ? day.getDay() === FIRST_WEEKDAY : day.getDate() === 1)) {
              ticks.push({ value: day.getTime() });
            }
          }
          scale.ticks = ticks;
        },
        ticks: {
          color: color,
          maxRotation: 0,
          autoSkip: true,
          callback: function (value) {
            return format.format(value);
          },
        },
        grid: { color: grid },
      },
      y: {
        position: "left",
        min: 0,
        max: weekly ? 7 : 10,
        title: { display: true, text: labels.y_axis, color: color },
        ticks: { color: color, stepSize: 1 },
        grid: { color: grid },
      },
      marks: { axis: "y", display: false, min: 0, max: 1 },
      factors: {
        axis: "y",
        position: "right",
        min: 0,
        max: 12,
        display: FACTORS.some(function (factor) {
          return shown[factor.key];
        }),
        title: { display: true, text: gettext("Score or hours"), color: color },
        ticks: { color: color },
        grid: { drawOnChartArea: false },
      },
    };
    options.datasets = { bar: { barPercentage: 1, categoryPercentage: 0.9 } };
    options.onResize = function () {
      if (bucketSize(count) !== size) {
        setTimeout(drawTimelineChart, 0);
      }
    };
    draw("timeline-chart", {
      data: { datasets: datasets },
      options: options,
      plugins: [shared.flareShading(data.flares || [], cssVar("--ov-flare-band"))],
    });
    root.dataset.merged = String(size);
  }

  function fillTimelineText() {
    setText("key-bar", data.labels.key_bar);
    setText("resolution-note", data.resolution_note);
    setText("flare-list", data.flare_list);
    var questionnaires = document.getElementById("questionnaire-list");
    if (questionnaires) {
      questionnaires.textContent = data.questionnaire_list || "";
    }
  }

  function fillTimelineHead() {
    var table = document.getElementById("timeline-table");
    shared.fillHead(table, data.table.columns);
    setText("timeline-table-caption", data.labels.caption);
  }

  // A marker line per questionnaire: diamonds along the top of the chart, one per
  // completion, its score and band in the tooltip (and in words below the chart).
  function questionnaireMarks(big) {
    var colors = ["--bs-emphasis-color", "--bs-info-text-emphasis", "--bs-warning-text-emphasis"];
    return (data.questionnaires || []).map(function (line, index) {
      var color = cssVar(colors[index % colors.length]);
      return {
        type: "scatter",
        label: line.name,
        data: line.points.map(function (point) {
          return { x: shared.dayMs(point.day), y: 0.95 - index * 0.06 };
        }),
        texts: line.points.map(function (point) {
          return point.text;
        }),
        backgroundColor: color,
        borderColor: color,
        pointStyle: "rectRot",
        pointRadius: big ? 4 : 6,
        yAxisID: "marks",
        order: 0,
      };
    });
  }

  // --- Months ------------------------------------------------------------------------

  function drawMonths() {
    var months = data.months;
    if (!document.getElementById("months-chart")) {
      return;
    }
    var series = MONTH_SERIES.filter(function (item) {
      return !months.length || item.key in months[0];
    });
    var options = baseOptions(months.length * series.length);
    options.scales.y.title = {
      display: true,
      text: gettext("Days"),
      color: cssVar("--bs-body-color"),
    };
    draw("months-chart", {
      type: "bar",
      data: {
        labels: months.map(function (row) {
          return row.label;
        }),
        datasets: series.map(function (item) {
          return {
            label: item.label,
            data: months.map(function (row) {
              return row.covered_days ? row[item.key] : null;
            }),
            backgroundColor: cssVar(item.css),
          };
        }),
      },
      options: options,
    });
  }

  // --- Flare linkage and lag ---------------------------------------------------------

  function fillLinkage() {
    var linkage = data.linkage;
    if (!linkage || !document.getElementById("linkage-summary")) {
      return;
    }
    setText("linkage-inside", linkage.cells.inside);
    setText("linkage-outside", linkage.cells.outside);
    setText("linkage-ratio", linkage.cells.ratio);
    setText("linkage-summary", linkage.summary);
    document.querySelectorAll(".window-days").forEach(function (element) {
      element.textContent = linkage.window_words;
    });
  }

  function drawLag() {
    var lag = data.lag;
    if (!lag || !document.getElementById("lag-chart")) {
      return;
    }
    setText("lag-summary", lag.summary);
    // Fewer than 5 flares: counts in the table, no bars (diary.insights.completeness).
    var box = document.getElementById("lag-chart").parentElement;
    box.hidden = !lag.shares_shown;
    if (!lag.shares_shown) {
      if (charts["lag-chart"]) {
        charts["lag-chart"].destroy();
        delete charts["lag-chart"];
      }
      unseen.delete(document.getElementById("lag-chart"));
      return;
    }
    whenSeen("lag-chart", drawLagChart);
  }

  function drawLagChart() {
    var lag = data.lag;
    var options = baseOptions(lag.offsets.length * 2);
    options.scales.y.max = 100;
    options.scales.y.title = {
      display: true,
      text: gettext("Flares with a migraine day (%)"),
      color: cssVar("--bs-body-color"),
    };
    options.scales.x.title = {
      display: true,
      text: gettext("Days from the start of a flare"),
      color: cssVar("--bs-body-color"),
    };
    draw("lag-chart", {
      data: {
        labels: lag.labels,
        datasets: [
          {
            type: "bar",
            label: gettext("Flares with a migraine day (%)"),
            data: lag.percent,
            backgroundColor: cssVar("--ov-migraine"),
            order: 1,
          },
          {
            type: "line",
            label: lag.baseline_label,
            data: lag.offsets.map(function () {
              return lag.baseline_percent;
            }),
            borderColor: cssVar("--bs-body-color"),
            borderDash: [6, 4],
            pointRadius: 0,
            order: 0,
          },
        ],
      },
      options: options,
    });
  }

  // --- Factors -----------------------------------------------------------------------

  function fillFactors() {
    if (!data.factors_table || !document.getElementById("factors-table")) {
      return;
    }
    fillTable("factors-table", data.factors_table.rows);
    setText("factors-empty", data.factors_table.note);
  }

  // --- A clinician's copy: the patient's notes, when they share them ----------------

  function fillNotes() {
    var list = document.getElementById("clinic-notes-list");
    if (!list || !data.notes) {
      return;
    }
    list.replaceChildren();
    data.notes.forEach(function (note) {
      var item = document.createElement("li");
      item.className = "border-bottom py-2";
      var label = document.createElement("strong");
      label.textContent = note.day_label + ", " + note.kind + ":";
      item.append(label, " " + note.text);
      list.append(item);
    });
    document.getElementById("clinic-notes-empty").hidden = data.notes.length > 0;
  }

  // --- Everything --------------------------------------------------------------------

  // The words and small tables at once, then each chart and long table in turn. Nothing
  // to draw while a long period's data is still on its way.
  function render() {
    if (data.deferred) {
      return;
    }
    generation += 1;
    var token = generation;
    root.setAttribute("aria-busy", "true");
    fillTimelineText();
    fillLinkage();
    fillFactors();
    fillNotes();
    setText("months-summary", data.months_summary);
    setText("period-summary", data.summary);
    setText("period-completeness", data.completeness.text);
    document.getElementById("range-start").value = data.start;
    document.getElementById("range-end").value = data.end;
    // The link to the printable report follows the period shown.
    var reportLink = document.getElementById("report-link");
    if (reportLink) {
      reportLink.search =
        "?" +
        new URLSearchParams({
          start: data.start,
          end: data.end,
          window: data.window,
        }).toString();
    }
    root.dataset.resolution = data.resolution;
    whenSeen("timeline-chart", drawTimelineChart);
    whenSeen("months-chart", drawMonths);
    drawLag();
    fillTimelineHead();
    var tables = [
      ["months-table", data.months_table],
      ["lag-table", data.lag && data.lag.rows],
      ["timeline-table", data.table.rows],
    ].filter(function (pair) {
      return pair[1] && document.getElementById(pair[0]);
    });
    var waiting = tables.length;
    tables.forEach(function (pair) {
      fillInChunks(document.getElementById(pair[0]), pair[1], token, function () {
        waiting -= 1;
        if (!waiting) {
          root.setAttribute("aria-busy", "false");
          root.dataset.loaded = data.start + "/" + data.end + "/" + data.window;
        }
      });
    });
  }

  // --- Fetching a period --------------------------------------------------------------

  var form = document.getElementById("range-form");
  var status = document.getElementById("range-status");
  var pending = null;
  // The last period asked for, which "Try again" asks for again.
  var wanted = null;
  // A request still unanswered after this long is given up, and said so.
  var TIMEOUT_MS = 20000;
  var LOADING = gettext("Loading the numbers for this period…");
  var FAILED = gettext(
    "The numbers for this period could not be loaded. Check your connection and try again."
  );
  var SLOW = gettext("The numbers for this period took too long to arrive. Try again in a moment.");
  var NOTICE_CHARTS = ["timeline-chart", "months-chart", "lag-chart"];
  var NOTICE_TABLES = ["timeline-table", "months-table", "lag-table"];

  function retryButton() {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-sm btn-primary data-retry";
    button.textContent = gettext("Try again");
    button.addEventListener("click", function () {
      load.apply(null, wanted);
    });
    return button;
  }

  // Until a long period's data has arrived, each chart and table says why it is empty: it
  // is coming, or it could not be had (with a button to try again). The chart's message
  // sits over its empty canvas; the table's is its only row, so nothing moves.
  function showNotice(text, failed) {
    clearNotices();
    NOTICE_CHARTS.forEach(function (id) {
      var canvas = document.getElementById(id);
      if (!canvas) {
        return;
      }
      var notice = document.createElement("div");
      notice.className = "chart-notice data-notice";
      var words = document.createElement("p");
      words.className = "mb-0";
      words.textContent = text;
      notice.append(words);
      if (failed) {
        notice.append(retryButton());
      }
      canvas.parentElement.append(notice);
    });
    NOTICE_TABLES.forEach(function (id) {
      var table = document.getElementById(id);
      if (!table) {
        return;
      }
      // A screen wide at most, held at the left of a table wider than the screen.
      var words = document.createElement("div");
      words.className = "table-notice";
      words.append(text);
      if (failed) {
        words.append(" ", retryButton());
      }
      var cell = document.createElement("td");
      cell.colSpan = Math.max(table.querySelectorAll("thead th").length, 1);
      cell.append(words);
      var row = document.createElement("tr");
      row.className = "data-notice";
      row.append(cell);
      table.querySelector("tbody").replaceChildren(row);
    });
  }

  function clearNotices() {
    root.querySelectorAll(".data-notice").forEach(function (notice) {
      notice.remove();
    });
  }

  // Fetch a period's data and draw it. `initial`: the period the page itself shows (a long
  // one, fetched after the first paint), whose address needs no change.
  function load(start, end, windowDays, initial) {
    var query = new URLSearchParams({ start: start, end: end, window: windowDays });
    wanted = [start, end, windowDays, initial];
    if (pending) {
      pending.abort();
    }
    var controller = new AbortController();
    var timedOut = false;
    var timer = setTimeout(function () {
      timedOut = true;
      controller.abort();
    }, TIMEOUT_MS);
    pending = controller;
    status.textContent = gettext("Loading…");
    root.setAttribute("aria-busy", "true");
    root.dataset.failed = "no";
    if (data.deferred) {
      showNotice(LOADING, false);
    }

    function failed(message, problem) {
      status.textContent = message;
      root.setAttribute("aria-busy", "false");
      root.dataset.failed = "yes";
      if (data.deferred) {
        showNotice(problem, true);
      }
    }

    fetch(root.dataset.url + "?" + query.toString(), {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      signal: controller.signal,
    })
      .then(function (response) {
        return response.json().then(function (body) {
          return { ok: response.ok, body: body };
        });
      })
      .then(
        function (result) {
          clearTimeout(timer);
          pending = null;
          if (!result.ok) {
            failed(result.body.error || gettext("That period could not be shown."), FAILED);
            return;
          }
          data = result.body;
          clearNotices();
          render();
          if (!initial) {
            history.replaceState(null, "", "?" + query.toString());
          }
          status.textContent = data.status;
        },
        // No answer, a page that is not JSON (a proxy's error), or too slow: said in words.
        // A request aborted for a newer period says nothing.
        function (error) {
          clearTimeout(timer);
          if (error.name === "AbortError" && !timedOut) {
            return;
          }
          pending = null;
          if (timedOut) {
            failed(SLOW, SLOW);
          } else {
            failed(gettext("The timeline could not be loaded. Check your connection."), FAILED);
          }
        }
      );
  }

  // An empty window asks the server for its default.
  function windowDays() {
    return document.getElementById("range-window").value;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!form.reportValidity()) {
      return;
    }
    load(
      document.getElementById("range-start").value,
      document.getElementById("range-end").value,
      windowDays()
    );
  });

  form.querySelectorAll("button[data-days]").forEach(function (button) {
    button.addEventListener("click", function () {
      load(data.quick_starts[button.dataset.days], data.today, windowDays());
    });
  });

  document.getElementById("range-window").addEventListener("change", function (event) {
    if (event.target.checkValidity()) {
      load(data.start, data.end, event.target.value);
    }
  });

  document.querySelectorAll(".factor-toggle").forEach(function (box) {
    box.addEventListener("change", function () {
      drawTimelineChart();
    });
  });

  // Charts read their colours from the theme's CSS variables: redraw when it changes,
  // and in black on white for printing.
  shared.onThemeChange(render);
  // Paper has no "show the table" button: open the tables while printing.
  var closedTables = [];
  window.addEventListener("beforeprint", function () {
    printing = true;
    closedTables = Array.prototype.filter.call(root.querySelectorAll("details"), function (item) {
      return !item.open;
    });
    closedTables.forEach(function (item) {
      item.open = true;
    });
    immediate = true;
    render();
    immediate = false;
  });
  window.addEventListener("afterprint", function () {
    printing = false;
    closedTables.forEach(function (item) {
      item.open = false;
    });
    render();
  });

  if (data.deferred) {
    // After the first paint: a frame, then a task.
    window.requestAnimationFrame(function () {
      setTimeout(function () {
        load(data.start, data.end, data.window, true);
      }, 0);
    });
  } else {
    render();
  }
})();
