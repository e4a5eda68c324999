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
