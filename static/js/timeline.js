// The timeline page: draws the charts and their data tables from the JSON the page carries
// (json_script) and refetches it from /timeline/data.json when the period or the flare
// window changes. All numbers come from the server; this file only draws them.
(function () {
  "use strict";

  var root = document.getElementById("timeline");
  var source = document.getElementById("timeline-data");
  if (!root || !source || !window.Chart) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var charts = {};
  var DAY_MS = 86400000;
  var FACTORS = [
    { key: "sleep", label: "Sleep (hours)", css: "--ov-sleep", dash: [] },
    { key: "stress", label: "Stress (0-10)", css: "--ov-stress", dash: [6, 4] },
    { key: "fatigue", label: "Fatigue (0-10)", css: "--ov-fatigue", dash: [2, 3] },
    { key: "joint_pain", label: "Joint pain (0-10)", css: "--ov-joint", dash: [10, 3, 2, 3] },
  ];
  var MONTH_SERIES = [
    { key: "migraine_days", label: "Migraine days", css: "--ov-migraine" },
    { key: "headache_days", label: "Headache days", css: "--ov-headache" },
    { key: "acute_medication_days", label: "Acute-medication days", css: "--ov-medication" },
    { key: "flare_days", label: "Flare days", css: "--ov-flare" },
  ];
  var printing = false;

  // --- Helpers -----------------------------------------------------------------------

  function cssVar(name) {
    if (printing) {
      return { "--bs-body-color": "#000", "--bs-border-color": "#bbb" }[name] || cssRaw(name);
    }
    return cssRaw(name);
  }

  function cssRaw(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#666";
  }

  // "2025-03-01" -> local midnight in ms, so bars sit on the day the browser shows.
  function dayMs(iso) {
    var parts = iso.split("-");
    return new Date(+parts[0], +parts[1] - 1, +parts[2]).getTime();
  }

  function dayWords(iso) {
    return new Date(dayMs(iso)).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
    });
  }

  function text(value, empty) {
    return value === null || value === undefined ? empty || "not recorded" : String(value);
  }

  function cell(row, value, header) {
    var element = document.createElement(header ? "th" : "td");
    if (header) {
      element.scope = "row";
    }
    element.textContent = value;
    row.appendChild(element);
  }

  function fillTable(table, rows) {
    var body = table.querySelector("tbody");
    var fragment = document.createDocumentFragment();
    rows.forEach(function (values) {
      var row = document.createElement("tr");
      values.forEach(function (value, index) {
        cell(row, value, index === 0);
      });
      fragment.appendChild(row);
    });
    body.replaceChildren(fragment);
  }

  function baseOptions(big) {
    var color = cssVar("--bs-body-color");
    var grid = cssVar("--bs-border-color");
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: big ? false : { duration: 250 },
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

  // Flares as shaded spans behind the bars: a plugin, so no extra library is needed.
  var flareShading = {
    id: "flareShading",
    beforeDatasetsDraw: function (chart, args, options) {
      var spans = options.spans || [];
      if (!spans.length) {
        return;
      }
      var area = chart.chartArea;
      var scale = chart.scales.x;
      var context = chart.ctx;
      context.save();
      context.fillStyle = options.color;
      context.globalAlpha = 0.22;
      spans.forEach(function (span) {
        var left = Math.max(scale.getPixelForValue(dayMs(span.start)), area.left);
        var right = Math.min(scale.getPixelForValue(dayMs(span.end) + DAY_MS), area.right);
        if (right > left) {
          context.fillRect(left, area.top, right - left, area.bottom - area.top);
        }
      });
      context.restore();
    },
  };

  // --- The combined time chart -------------------------------------------------------

  function drawTimeline() {
    var series = data.series;
    var weekly = data.resolution === "week";
    var xs = series.dates.map(dayMs);
    var count = xs.length;
    var big = count > 200;
    var bars = xs.map(function (x, index) {
      var y = null;
      if (weekly) {
        y = series.migraine[index];
      } else if (series.migraine[index]) {
        // A migraine day without a recorded peak still shows, as a low bar.
        y = series.peak[index] === null ? 0.5 : series.peak[index];
      }
      return { x: x, y: y };
    });
    var medication = xs.map(function (x, index) {
      var value = series.acute_medication[index];
      return { x: x, y: weekly ? value || null : value ? 0.96 : null };
    });
    var shown = {};
    document.querySelectorAll(".factor-toggle").forEach(function (box) {
      shown[box.value] = box.checked;
    });
    var datasets = [
      {
        type: "bar",
        label: weekly ? "Migraine days in the week" : "Migraine day (peak pain)",
        data: bars,
        backgroundColor: cssVar("--ov-migraine"),
        yAxisID: "y",
        order: 2,
      },
      {
        type: "scatter",
        label: weekly ? "Acute-medication days in the week" : "Acute medication",
        data: medication,
        backgroundColor: cssVar("--ov-medication"),
        borderColor: cssVar("--ov-medication"),
        pointStyle: "triangle",
        pointRadius: big ? 2 : 4,
        yAxisID: weekly ? "y" : "marks",
        order: 1,
      },
    ].concat(
      FACTORS.map(function (factor) {
        return {
          type: "line",
          label: factor.label,
          data: xs.map(function (x, index) {
            return { x: x, y: series[factor.key][index] };
          }),
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
    );
    var options = baseOptions(big);
    var color = cssVar("--bs-body-color");
    var grid = cssVar("--bs-border-color");
    options.parsing = false;
    options.normalized = true;
    options.plugins.legend.labels.filter = function (item, chartData) {
      return !chartData.datasets[item.datasetIndex].hidden;
    };
    options.plugins.flareShading = { spans: data.flares, color: cssVar("--ov-flare") };
    options.plugins.tooltip.callbacks = {
      title: function (items) {
        var iso = series.dates[items[0].dataIndex];
        return (weekly ? "Week of " : "") + dayWords(iso);
      },
      label: function (item) {
        if (item.datasetIndex === 0 && !weekly) {
          var peak = series.peak[item.dataIndex];
          return "Migraine, peak pain " + text(peak);
        }
        if (item.datasetIndex === 1 && !weekly) {
          return "Acute medication taken";
        }
        return item.dataset.label + ": " + item.parsed.y;
      },
    };
    var first = xs.length ? xs[0] : Date.now();
    var last = xs.length ? xs[xs.length - 1] + (weekly ? 7 : 1) * DAY_MS : Date.now();
    options.scales = {
      x: {
        type: "time",
        min: first,
        max: last,
        offset: false,
        time: { unit: weekly ? "month" : count > 60 ? "week" : "day", tooltipFormat: "d MMM yyyy" },
        ticks: { color: color, maxRotation: 0, autoSkip: true, source: "auto" },
        grid: { color: grid },
      },
      y: {
        position: "left",
        min: 0,
        max: weekly ? 7 : 10,
        title: { display: true, text: weekly ? "Migraine days" : "Peak pain", color: color },
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
        title: { display: true, text: "Score or hours", color: color },
        ticks: { color: color },
        grid: { drawOnChartArea: false },
      },
    };
    options.datasets = { bar: { barPercentage: 1, categoryPercentage: 0.9 } };
    draw("timeline-chart", {
      data: { datasets: datasets },
      options: options,
      plugins: [flareShading],
    });
    document.getElementById("key-bar").textContent = weekly
      ? "migraine days in the week"
      : "peak pain, 0-10";
    document.getElementById("resolution-note").textContent = weekly
      ? "This period is longer than 180 days, so each bar is one week (Monday to Sunday)."
      : "Each bar is one day.";
    fillTimelineTable(weekly);
    fillFlareList();
  }

  function fillTimelineTable(weekly) {
    var series = data.series;
    var table = document.getElementById("timeline-table");
    var heads = weekly
      ? [
          "Week starting",
          "Days covered",
          "Migraine days",
          "Highest peak pain",
          "Acute-medication days",
          "Flare days",
        ]
      : ["Date", "Covered", "Migraine", "Peak pain", "Acute medication", "Flare"];
    heads = heads.concat(["Sleep (hours)", "Stress", "Fatigue", "Joint pain"]);
    var headRow = document.createElement("tr");
    heads.forEach(function (head) {
      var th = document.createElement("th");
      th.scope = "col";
      th.textContent = head;
      headRow.appendChild(th);
    });
    table.querySelector("thead").replaceChildren(headRow);
    table.querySelectorAll(".resolution-word").forEach(function (element) {
      element.textContent = weekly ? "week" : "day";
    });
    function yes(value) {
      return value === null ? "not covered" : value ? "yes" : "no";
    }
    var rows = series.dates.map(function (iso, index) {
      var first = weekly
        ? [
            series.covered[index] + " of " + series.days[index],
            text(series.migraine[index], "not covered"),
            text(series.peak[index], "none"),
            text(series.acute_medication[index], "not covered"),
            text(series.flare[index], "not covered"),
          ]
        : [
            series.covered[index] ? "yes" : "no",
            yes(series.migraine[index]),
            series.migraine[index] ? text(series.peak[index]) : "",
            yes(series.acute_medication[index]),
            yes(series.flare[index]),
          ];
      return [dayWords(iso)].concat(
        first,
        FACTORS.map(function (factor) {
          return text(series[factor.key][index], "");
        })
      );
    });
    fillTable(table, rows);
  }

  function fillFlareList() {
    var list = document.getElementById("flare-list");
    if (!data.flares.length) {
      list.textContent = "No flare in this period.";
      return;
    }
    list.textContent =
      "Flares in this period: " +
      data.flares
        .map(function (span) {
          var when =
            span.start === span.end
              ? dayWords(span.start)
              : dayWords(span.start) + " to " + dayWords(span.end);
          return span.label + " (" + when + ")";
        })
        .join("; ") +
      ".";
  }

  // --- Months ------------------------------------------------------------------------

  function drawMonths() {
    var months = data.months;
    var options = baseOptions(months.length > 36);
    options.scales.y.title = { display: true, text: "Days", color: cssVar("--bs-body-color") };
    draw("months-chart", {
      type: "bar",
      data: {
        labels: months.map(function (row) {
          return row.label;
        }),
        datasets: MONTH_SERIES.map(function (item) {
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
    fillTable(
      document.getElementById("months-table"),
      months.map(function (row) {
        var covered = row.covered_days;
        return [row.label, covered + " of " + row.days].concat(
          MONTH_SERIES.map(function (item) {
            return covered ? String(row[item.key]) : "not covered";
          })
        );
      })
    );
    document.getElementById("months-summary").textContent = data.months_summary;
  }

  // --- Flare linkage and lag ---------------------------------------------------------

  function rate(count, days, per30) {
    if (!days) {
      return "no covered days";
    }
    return (
      count + " migraine days in " + days + " days (" + text(per30, "no rate") + " per 30 days)"
    );
  }

  function fillLinkage() {
    var linkage = data.linkage;
    document.getElementById("linkage-inside").textContent = rate(
      linkage.inside_migraine_days,
      linkage.inside_days,
      linkage.inside_per_30_days
    );
    document.getElementById("linkage-outside").textContent = rate(
      linkage.outside_migraine_days,
      linkage.outside_days,
      linkage.outside_per_30_days
    );
    document.getElementById("linkage-ratio").textContent =
      linkage.rate_ratio === null
        ? "too little data for a ratio"
        : linkage.rate_ratio + " (" + linkage.ci_low + " to " + linkage.ci_high + ")";
    document.getElementById("linkage-summary").textContent = linkage.summary;
    document.querySelectorAll(".window-days").forEach(function (element) {
      element.textContent = linkage.window_days;
    });
  }

  function drawLag() {
    var lag = data.lag;
    var labels = lag.offsets.map(function (offset) {
      return offset > 0 ? "+" + offset : String(offset);
    });
    var options = baseOptions(false);
    options.scales.y.max = 100;
    options.scales.y.title = {
      display: true,
      text: "Flares with a migraine day (%)",
      color: cssVar("--bs-body-color"),
    };
    options.scales.x.title = {
      display: true,
      text: "Days from the start of a flare",
      color: cssVar("--bs-body-color"),
    };
    draw("lag-chart", {
      data: {
        labels: labels,
        datasets: [
          {
            type: "bar",
            label: "Flares with a migraine day (%)",
            data: lag.percent,
            backgroundColor: cssVar("--ov-migraine"),
            order: 1,
          },
          {
            type: "line",
            label: "Your usual share of migraine days (%)",
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
    fillTable(
      document.getElementById("lag-table"),
      lag.offsets.map(function (offset, index) {
        return [
          labels[index],
          lag.flares_with_migraine[index] + " of " + lag.flares[index],
          lag.percent[index] === null ? "no flares" : lag.percent[index] + "%",
          lag.baseline_percent === null ? "" : lag.baseline_percent + "%",
        ];
      })
    );
    document.getElementById("lag-summary").textContent = lag.summary;
  }

  // --- Factors -----------------------------------------------------------------------

  function fillFactors() {
    var factors = data.factors;
    fillTable(
      document.getElementById("factors-table"),
      factors.associations.map(function (item) {
        return [
          item.label,
          item.migraine_with + " of " + item.days_with + " days (" + item.percent_with + "%)",
          item.migraine_without +
            " of " +
            item.days_without +
            " days (" +
            item.percent_without +
            "%)",
          item.risk_ratio === null
            ? "too little data for a ratio"
            : item.risk_ratio + " (" + item.ci_low + " to " + item.ci_high + ")",
        ];
      })
    );
    var empty = document.getElementById("factors-empty");
    var names = factors.not_enough_data.map(function (item) {
      return item.label;
    });
    empty.textContent =
      (factors.associations.length
        ? ""
        : "No factor has at least 3 days with it and 3 without in this period yet. ") +
      (names.length ? "Too few days to compare: " + names.join(", ") + "." : "");
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
      label.textContent = dayWords(note.day) + ", " + note.kind + ":";
      item.append(label, " " + note.text);
      list.append(item);
    });
    document.getElementById("clinic-notes-empty").hidden = data.notes.length > 0;
  }

  // --- Everything --------------------------------------------------------------------

  function render() {
    drawTimeline();
    drawMonths();
    fillLinkage();
    drawLag();
    fillFactors();
    fillNotes();
    document.getElementById("period-summary").textContent = data.summary;
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
          window: data.linkage.window_days,
        }).toString();
    }
    root.dataset.resolution = data.resolution;
    root.dataset.loaded = data.start + "/" + data.end + "/" + data.linkage.window_days;
  }

  var form = document.getElementById("range-form");
  var status = document.getElementById("range-status");
  var pending = null;

  function load(start, end, windowDays) {
    var query = new URLSearchParams({ start: start, end: end, window: windowDays });
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    status.textContent = "Loading…";
    fetch(root.dataset.url + "?" + query.toString(), {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      signal: pending.signal,
    })
      .then(function (response) {
        return response.json().then(function (body) {
          return { ok: response.ok, body: body };
        });
      })
      .then(function (result) {
        if (!result.ok) {
          status.textContent = result.body.error || "That period could not be shown.";
          return;
        }
        data = result.body;
        render();
        history.replaceState(null, "", "?" + query.toString());
        status.textContent =
          "Showing " + dayWords(data.start) + " to " + dayWords(data.end) + ".";
      })
      .catch(function (error) {
        if (error.name !== "AbortError") {
          status.textContent = "The timeline could not be loaded. Check your connection.";
          throw error;
        }
      });
  }

  function windowDays() {
    return document.getElementById("range-window").value || "3";
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
      var end = data.today;
      var start;
      if (button.dataset.days === "all") {
        start = data.diary_start || data.today;
      } else {
        var first = new Date(dayMs(end) - (+button.dataset.days - 1) * DAY_MS);
        start = [
          first.getFullYear(),
          String(first.getMonth() + 1).padStart(2, "0"),
          String(first.getDate()).padStart(2, "0"),
        ].join("-");
      }
      load(start, end, windowDays());
    });
  });

  document.getElementById("range-window").addEventListener("change", function (event) {
    if (event.target.checkValidity()) {
      load(data.start, data.end, event.target.value);
    }
  });

  document.querySelectorAll(".factor-toggle").forEach(function (box) {
    box.addEventListener("change", function () {
      drawTimeline();
    });
  });

  // Charts read their colours from the theme's CSS variables: redraw when it changes,
  // and in black on white for printing.
  new MutationObserver(render).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ["data-bs-theme"],
  });
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
    render();
  });
  window.addEventListener("afterprint", function () {
    printing = false;
    closedTables.forEach(function (item) {
      item.open = false;
    });
    render();
  });

  render();
})();
