// The wall chart (wegwijzer/render/wallchart.py): the choice of municipality sits beside the wall-chart buttons and
// keeps that municipality's sheet; without a choice every sheet of the region prints. Without JavaScript every
// sheet shows and prints.
(function () {
  "use strict";

  function start() {
    var choice = document.querySelector(".ww-wall-choice");
    var select = document.getElementById("ww-wall-town");
    if (!choice || !select) return;
    var button = document.querySelector('.ww-print[data-paper="a3"]');
    if (button && button.parentElement) button.parentElement.appendChild(choice);
    choice.hidden = false;

    function apply() {
      var town = select.value;
      var sheets = document.querySelectorAll(".ww-wall");
      var kept = Array.prototype.filter.call(sheets, function (sheet) {
        return sheet.getAttribute("data-municipality") === town;
      });
      sheets.forEach(function (sheet) {
        sheet.classList.toggle("ww-wall-off", kept.length > 0 && kept.indexOf(sheet) < 0);
      });
    }
    // The municipality the reader chose for the site (docs/assets/wegwijzer.js), when it is one of this region's.
    try {
      var place = JSON.parse(window.localStorage.getItem("ww-municipality") || "null");
      if (place && Array.prototype.some.call(select.options, function (o) { return o.value === place.id; })) {
        select.value = place.id;
      }
    } catch { /* no storage or no choice: every sheet */ }
    select.addEventListener("change", apply);
    window.addEventListener("beforeprint", apply);
    apply();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
