// The report page: wires the print button and draws the combined chart from the JSON the
// page carries (json_script). All numbers come from the server; the table under the chart
// gives the same numbers in words, so the printed page reads without the chart too.
(function () {
  "use strict";

  var button = document.getElementById("print-report");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  }

  var source = document.getElementById("report-data");
  var canvas = document.getElementById("report-chart");
  if (!source || !canvas || !window.Chart) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var weekly = data.resolution === "week";
  var series = data.series;
  var chart = null;
  var printing = false;
  // About 180 mm at 96 pixels an inch: the width between 15 mm margins on A4, and a little
  // less than on Letter, so the printed chart fits both.
  var PRINT_WIDTH = 680;
  var PRINT_HEIGHT = 260;

  // Colours come from the theme's CSS variables; on paper, from the light theme's.
  function colour(name) {
    var element = printing
      ? document.getElementById("report-light-probe")
      : document.documentElement;
    return getComputedStyle(element).getPropertyValue(name).trim() || "#666";
  }

  function dayDate(iso) {
    var parts = iso.split("-");
    return new Date(+parts[0], +parts[1] - 1, +parts[2]);
  }

  function label(iso) {
    return dayDate(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short" });
  }

  // The index of the day or week holding an ISO date, or -1 before the first.
  function indexOf(iso) {
    var target = dayDate(iso).getTime();
    var found = -1;
    series.dates.forEach(function (day, index) {
      if (dayDate(day).getTime() <= target) {
        found = index;
      }
    });
    return found;
  }

  // Flares as shaded bands behind the bars, one band per run of flare days.
  var flareShading = {
    id: "flareShading",
    beforeDatasetsDraw: function (instance, args, options) {
      var count = series.dates.length;
      if (!count || !options.spans.length) {
        return;
      }
      var area = instance.chartArea;
      var scale = instance.scales.x;
      var step = (area.right - area.left) / count;
      var context = instance.ctx;
      context.save();
      context.fillStyle = options.color;
      context.globalAlpha = 0.22;
      options.spans.forEach(function (span) {
        var first = Math.max(indexOf(span.start), 0);
        var last = indexOf(span.end);
        if (last < 0) {
          return;
        }
        var left = Math.max(scale.getPixelForValue(first) - step / 2, area.left);
        var right = Math.min(scale.getPixelForValue(last) + step / 2, area.right);
        if (right > left) {
          context.fillRect(left, area.top, right - left, area.bottom - area.top);
        }
      });
      context.restore();
    },
  };

  function config() {
    var text = colour("--bs-body-color");
    var grid = colour("--bs-border-color");
    var bars = series.dates.map(function (day, index) {
      if (weekly) {
        return series.migraine[index];
      }
      if (!series.migraine[index]) {
        return null;
      }
      // A migraine day without a recorded peak still shows, as a low bar.
      return series.peak[index] === null ? 0.5 : series.peak[index];
    });
    var medication = series.dates.map(function (day, index) {
      var value = series.acute_medication[index];
      if (weekly) {
        return value || null;
      }
      return value ? 0.96 : null;
    });
    return {
      data: {
        labels: series.dates.map(label),
        datasets: [
          {
            type: "bar",
            label: weekly ? "Migraine days in the week" : "Migraine day (peak pain)",
            data: bars,
            backgroundColor: colour("--ov-migraine"),
            yAxisID: "y",
            order: 2,
          },
          {
            type: "line",
            label: weekly ? "Acute-medication days in the week" : "Acute medication",
            data: medication,
            showLine: false,
            backgroundColor: colour("--ov-medication"),
            borderColor: colour("--ov-medication"),
            pointStyle: "triangle",
            pointRadius: 4,
            // A week with medication on all 7 days sits on the top edge: draw it whole.
            clip: false,
            yAxisID: weekly ? "y" : "marks",
            order: 1,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        // No animation: the print snapshot must be the finished chart.
        animation: false,
        color: text,
        plugins: {
          // The page's own key, above the chart, names the marks (and prints as text).
          legend: { display: false },
          tooltip: { mode: "index", intersect: false },
          flareShading: { spans: data.flares, color: colour("--ov-flare") },
        },
        scales: {
          x: {
            ticks: { color: text, maxRotation: 0, autoSkip: true },
            grid: { color: grid },
          },
          y: {
            min: 0,
            max: weekly ? 7 : 10,
            title: { display: true, text: weekly ? "Migraine days" : "Peak pain", color: text },
            ticks: { color: text, stepSize: 1 },
            grid: { color: grid },
          },
          marks: { axis: "y", display: false, min: 0, max: 1 },
        },
        datasets: { bar: { barPercentage: 1, categoryPercentage: 0.9 } },
      },
      plugins: [flareShading],
    };
  }

  function draw() {
    if (chart) {
      chart.destroy();
    }
    chart = new window.Chart(canvas, config());
    if (printing) {
      // A fixed size that fits the printable width; the print stylesheet scales it down
      // further on narrower paper.
      chart.resize(PRINT_WIDTH, PRINT_HEIGHT);
    }
    document.getElementById("report").dataset.chart = printing ? "print" : "screen";
  }

  window.addEventListener("beforeprint", function () {
    printing = true;
    draw();
  });
  window.addEventListener("afterprint", function () {
    printing = false;
    draw();
  });
  // Follow a change of theme while the page is open.
  new MutationObserver(function () {
    if (!printing) {
      draw();
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-bs-theme"] });

  draw();
})();
