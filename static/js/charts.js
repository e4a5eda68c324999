// What the three chart pages share (the timeline, the home page's small chart and the
// report): colours from the theme, days as positions on an axis, the bars and marks drawn
// from a series, the flare shading, and filling tables. Loaded before each page's own file.
// Every word and every table cell comes from the server already written, in the page's
// language; this file only places text and draws.
(function () {
  "use strict";

  var DAY_MS = 86400000;

  // A colour from the theme's CSS variables, read on `element` (by default the page).
  function colour(name, element) {
    var source = element || document.documentElement;
    return getComputedStyle(source).getPropertyValue(name).trim() || "#666";
  }

  // The JSON a page carries (json_script), or null when the page has none.
  function readJson(id) {
    var source = document.getElementById(id);
    return source ? JSON.parse(source.textContent) : null;
  }

  // The page's language for Intl's dates and numbers: British English for English, as the
  // server writes English dates; the others as the page's <html lang> names them.
  function locale() {
    var lang = document.documentElement.lang || "en";
    return lang === "en" ? "en-GB" : lang;
  }

  // "2025-03-01" -> local midnight in ms, so bars sit on the day the browser shows.
  function dayMs(iso) {
    var parts = iso.split("-");
    return new Date(+parts[0], +parts[1] - 1, +parts[2]).getTime();
  }

  // Bar heights: a day's peak pain, or a week's migraine days. A migraine day without a
  // recorded peak still shows, as a low bar.
  function migraineBars(series, weekly) {
    // A share without migraine has no such series: no bars.
    return (series.migraine || []).map(function (migraine, index) {
      if (weekly) {
        return migraine;
      }
      if (!migraine) {
        return null;
      }
      return series.peak[index] === null ? 0.5 : series.peak[index];
    });
  }

  // Acute-medication marks: near the top of a day with a dose, or a week's medication days.
  function medicationMarks(series, weekly) {
    // A share without medicines has no such series: no marks.
    return (series.acute_medication || []).map(function (value) {
      if (weekly) {
        return value || null;
      }
      return value ? 0.96 : null;
    });
  }

  // The index of the day or week holding an ISO date, or -1 before the first.
  function indexOf(dates, iso) {
    var found = -1;
    dates.forEach(function (day, index) {
      if (day <= iso) {
        found = index;
      }
    });
    return found;
  }

  // The left and right pixels of a flare span on a time axis...
  function timeEdges(chart, span) {
    var area = chart.chartArea;
    var scale = chart.scales.x;
    return [
      Math.max(scale.getPixelForValue(dayMs(span.start)), area.left),
      Math.min(scale.getPixelForValue(dayMs(span.end) + DAY_MS), area.right),
    ];
  }

  // ...and on an axis of labels, one a day or a week (`dates` their ISO dates).
  function labelEdges(chart, dates, span) {
    var area = chart.chartArea;
    var scale = chart.scales.x;
    var step = (area.right - area.left) / dates.length;
    var first = Math.max(indexOf(dates, span.start), 0);
    var last = indexOf(dates, span.end);
    if (last < 0) {
      return null;
    }
    return [
      Math.max(scale.getPixelForValue(first) - step / 2, area.left),
      Math.min(scale.getPixelForValue(last) + step / 2, area.right),
    ];
  }

  // A Chart.js plugin shading each flare span (as the server lists them) behind the bars,
  // so no extra library is needed. Give `dates` for an axis of labels rather than of time.
  function flareShading(spans, fill, dates) {
    return {
      id: "flareShading",
      beforeDatasetsDraw: function (chart) {
        if (!spans.length || (dates && !dates.length)) {
          return;
        }
        var area = chart.chartArea;
        var context = chart.ctx;
        context.save();
        // The theme's band colour carries its own opacity (--ov-flare-band), chosen per
        // theme so the band stands out on a dark background as on a light one.
        context.fillStyle = fill;
        spans.forEach(function (span) {
          var edges = dates ? labelEdges(chart, dates, span) : timeEdges(chart, span);
          if (edges && edges[1] > edges[0]) {
            context.fillRect(edges[0], area.top, edges[1] - edges[0], area.bottom - area.top);
          }
        });
        context.restore();
      },
    };
  }

  // Fill a table's body with rows of text, each row's first cell its heading.
  function fillTable(table, rows) {
    table.querySelector("tbody").replaceChildren(tableRows(rows));
  }

  // Add rows of text at the end of a table's body (a long table filled a part at a time).
  function appendRows(table, rows) {
    table.querySelector("tbody").appendChild(tableRows(rows));
  }

  function tableRows(rows) {
    var fragment = document.createDocumentFragment();
    rows.forEach(function (values) {
      var row = document.createElement("tr");
      values.forEach(function (value, index) {
        var element = document.createElement(index === 0 ? "th" : "td");
        if (index === 0) {
          element.scope = "row";
        }
        element.textContent = value;
        row.appendChild(element);
      });
      fragment.appendChild(row);
    });
    return fragment;
  }

  // Fill a table's head with one row of column headings.
  function fillHead(table, headings) {
    var row = document.createElement("tr");
    headings.forEach(function (heading) {
      var element = document.createElement("th");
      element.scope = "col";
      element.textContent = heading;
      row.appendChild(element);
    });
    table.querySelector("thead").replaceChildren(row);
  }

  // Call `redraw` when the theme changes: the charts read their colours from it.
  function onThemeChange(redraw) {
    new MutationObserver(redraw).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ["data-bs-theme"],
    });
  }

  window.OverlapCharts = {
    DAY_MS: DAY_MS,
    locale: locale,
    colour: colour,
    readJson: readJson,
    dayMs: dayMs,
    migraineBars: migraineBars,
    medicationMarks: medicationMarks,
    flareShading: flareShading,
    fillTable: fillTable,
    appendRows: appendRows,
    fillHead: fillHead,
    onThemeChange: onThemeChange,
  };
})();
