// The home page's small chart: the last 90 days of migraine days and flares, drawn from the
// JSON the page carries (json_script) with the helpers of charts.js, and its data table
// filled with the rows the server wrote.
(function () {
  "use strict";

  var shared = window.OverlapCharts;
  var canvas = document.getElementById("home-timeline-chart");
  var data = shared && shared.readJson("home-timeline-data");
  if (!data || !canvas || !window.Chart) {
    return;
  }
  var series = data.series;
  var chart = null;
  // Dates in the page's language, as the browser writes them ("3 Nov", "3. Nov.", "3 nov"):
  // the chart's own date library knows English only. The bars sit at local midnight
  // (charts.js, dayMs), so the browser's own time zone gives their day.
  var language = document.documentElement.lang || "en";
  var tickDay = new Intl.DateTimeFormat(language, { day: "numeric", month: "short" });
  var tooltipDay = new Intl.DateTimeFormat(language, {
    day: "numeric",
    month: "short",
    year: "numeric",
  });

  function draw() {
    var color = shared.colour("--bs-body-color");
    var grid = shared.colour("--bs-border-color");
    var xs = series.dates.map(shared.dayMs);
    if (chart) {
      chart.destroy();
    }
    chart = new window.Chart(canvas, {
      type: "bar",
      data: {
        datasets: [
          {
            label: data.labels.migraine,
            data: shared.migraineBars(series, false).map(function (y, index) {
              return { x: xs[index], y: y };
            }),
            backgroundColor: shared.colour("--ov-migraine"),
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
        plugins: {
          legend: { labels: { color: color } },
          tooltip: {
            callbacks: {
              title: function (items) {
                return items.length ? tooltipDay.format(new Date(items[0].parsed.x)) : "";
              },
            },
          },
        },
        scales: {
          x: {
            type: "time",
            time: { unit: "week" },
            ticks: {
              color: color,
              maxRotation: 0,
              callback: function (value) {
                return tickDay.format(new Date(value));
              },
            },
            grid: { color: grid },
          },
          y: {
            min: 0,
            max: 10,
            title: { display: true, text: data.labels.y_axis, color: color },
            ticks: { color: color },
            grid: { color: grid },
          },
        },
      },
      plugins: [shared.flareShading(data.flares, shared.colour("--ov-flare-band"))],
    });
  }

  shared.onThemeChange(draw);
  draw();
  shared.fillTable(document.getElementById("home-timeline-table"), data.table);
})();
