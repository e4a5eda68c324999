// The home page's small chart: the last 90 days of migraine days and flares, drawn from the
// JSON the page carries (json_script), with its data table filled from the same numbers.
(function () {
  "use strict";

  var source = document.getElementById("home-timeline-data");
  var canvas = document.getElementById("home-timeline-chart");
  if (!source || !canvas || !window.Chart) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var series = data.series;
  var DAY_MS = 86400000;
  var chart = null;

  function cssVar(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#666";
  }

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

  var flareShading = {
    id: "flareShading",
    beforeDatasetsDraw: function (target) {
      var area = target.chartArea;
      var scale = target.scales.x;
      var context = target.ctx;
      context.save();
      context.fillStyle = cssVar("--ov-flare");
      context.globalAlpha = 0.22;
      data.flares.forEach(function (span) {
        var left = Math.max(scale.getPixelForValue(dayMs(span.start)), area.left);
        var right = Math.min(scale.getPixelForValue(dayMs(span.end) + DAY_MS), area.right);
        if (right > left) {
          context.fillRect(left, area.top, right - left, area.bottom - area.top);
        }
      });
      context.restore();
    },
  };

  function draw() {
    var color = cssVar("--bs-body-color");
    var grid = cssVar("--bs-border-color");
    if (chart) {
      chart.destroy();
    }
    chart = new window.Chart(canvas, {
      type: "bar",
      data: {
        datasets: [
          {
            label: "Migraine day (peak pain)",
            data: series.dates.map(function (iso, index) {
              var y = null;
              if (series.migraine[index]) {
                y = series.peak[index] === null ? 0.5 : series.peak[index];
              }
              return { x: dayMs(iso), y: y };
            }),
            backgroundColor: cssVar("--ov-migraine"),
            barPercentage: 1,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        animation: false,
        plugins: { legend: { labels: { color: color } } },
        scales: {
          x: {
            type: "time",
            time: { unit: "week", tooltipFormat: "d MMM yyyy" },
            ticks: { color: color, maxRotation: 0 },
            grid: { color: grid },
          },
          y: {
            min: 0,
            max: 10,
            title: { display: true, text: "Peak pain", color: color },
            ticks: { color: color },
            grid: { color: grid },
          },
        },
      },
      plugins: [flareShading],
    });
  }

  function fillTable() {
    var body = document.querySelector("#home-timeline-table tbody");
    var fragment = document.createDocumentFragment();
    series.dates.forEach(function (iso, index) {
      var row = document.createElement("tr");
      var covered = series.covered[index];
      var values = [
        dayWords(iso),
        covered ? (series.migraine[index] ? "yes" : "no") : "not covered",
        series.migraine[index] ? (series.peak[index] === null ? "not recorded" : String(series.peak[index])) : "",
        covered ? (series.flare[index] ? "yes" : "no") : "not covered",
      ];
      values.forEach(function (value, position) {
        var cell = document.createElement(position === 0 ? "th" : "td");
        if (position === 0) {
          cell.scope = "row";
        }
        cell.textContent = value;
        row.appendChild(cell);
      });
      fragment.appendChild(row);
    });
    body.replaceChildren(fragment);
  }

  new MutationObserver(draw).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ["data-bs-theme"],
  });
  draw();
  fillTable();
})();
