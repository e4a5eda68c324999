// The report page: wires the print button and draws the combined chart from the JSON the
// page carries (json_script), with the helpers of charts.js. All numbers and words come
// from the server; the table under the chart gives the same numbers in words, so the
// printed page reads without the chart too.
(function () {
  "use strict";

  var button = document.getElementById("print-report");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  }

  var shared = window.OverlapCharts;
  var canvas = document.getElementById("report-chart");
  var data = shared && shared.readJson("report-data");
  if (!data || !canvas || !window.Chart) {
    return;
  }
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
    return shared.colour(name, printing ? document.getElementById("report-light-probe") : null);
  }

  function config() {
    var text = colour("--bs-body-color");
    var grid = colour("--bs-border-color");
    return {
      data: {
        labels: data.ticks,
        datasets: [
          {
            type: "bar",
            label: data.labels.migraine,
            data: shared.migraineBars(series, weekly),
            backgroundColor: colour("--ov-migraine"),
            yAxisID: "y",
            order: 2,
          },
          {
            type: "line",
            label: data.labels.acute_medication,
            data: shared.medicationMarks(series, weekly),
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
        },
        scales: {
          x: {
            ticks: { color: text, maxRotation: 0, autoSkip: true },
            grid: { color: grid },
          },
          y: {
            min: 0,
            max: weekly ? 7 : 10,
            title: { display: true, text: data.labels.y_axis, color: text },
            ticks: { color: text, stepSize: 1 },
            grid: { color: grid },
          },
          marks: { axis: "y", display: false, min: 0, max: 1 },
        },
        datasets: { bar: { barPercentage: 1, categoryPercentage: 0.9 } },
      },
      plugins: [shared.flareShading(data.flares, colour("--ov-flare-band"), series.dates)],
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
  shared.onThemeChange(function () {
    if (!printing) {
      draw();
    }
  });

  draw();
})();
