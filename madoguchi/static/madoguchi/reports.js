// Draws the report charts with the vendored Chart.js from the JSON the page carries
// (no inline script: the page's CSP allows only our own files).
(function () {
  "use strict";
  // The period menu and the dates say one thing: picking a preset clears the dates, typing
  // a date switches the menu to "the dates below" (the server applies the same rule).
  const menu = document.querySelector(".report-filter select[name=days]");
  const dates = document.querySelectorAll(".report-filter input[name=start], .report-filter input[name=end]");
  if (menu) {
    menu.addEventListener("change", function () {
      if (menu.value) dates.forEach(function (input) { input.value = ""; });
    });
    dates.forEach(function (input) {
      input.addEventListener("input", function () { if (input.value) menu.value = ""; });
    });
  }
  const source = document.getElementById("report-data");
  if (!source || typeof window.Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const names = data.names;
  const common = { responsive: true, maintainAspectRatio: false, animation: false };
  const charts = {};
  charts.volume = new window.Chart(document.getElementById("chart-volume"), {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: [
        { label: names.received, data: data.received, backgroundColor: "#2563eb" },
        { label: names.resolved, data: data.resolved, backgroundColor: "#16a34a" },
      ],
    },
    options: common,
  });
  charts.backlog = new window.Chart(document.getElementById("chart-backlog"), {
    type: "line",
    data: {
      labels: data.backlog_labels,
      datasets: [{ label: names.backlog, data: data.backlog, borderColor: "#b45309", pointRadius: 0 }],
    },
    options: common,
  });
  charts.attainment = new window.Chart(document.getElementById("chart-attainment"), {
    type: "bar",
    data: {
      labels: data.attainment.labels,
      datasets: [
        { label: names.first_response, data: data.attainment.first_response, backgroundColor: "#7c3aed" },
        { label: names.resolution, data: data.attainment.resolution, backgroundColor: "#0d9488" },
      ],
    },
    options: { ...common, scales: { y: { min: 0, max: 100 } } },
  });
  // For the browser tests and anyone debugging: which charts were drawn.
  document.body.dataset.charts = Object.keys(charts).filter((k) => charts[k].canvas).join(" ");
})();
