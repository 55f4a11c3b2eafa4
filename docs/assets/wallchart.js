// The wall chart (wegwijzer/render/wallchart.py): the choice of municipality sits beside the wall-chart buttons and
// keeps that municipality's sheet; without a choice every sheet of the chosen region prints. Without JavaScript
// there is no wall-chart button, so nothing here is needed.
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
        return !sheet.hidden && sheet.getAttribute("data-municipality") === town;
      });
      sheets.forEach(function (sheet) {
        sheet.classList.toggle("ww-wall-off", kept.length > 0 && kept.indexOf(sheet) < 0);
      });
    }
    select.addEventListener("change", apply);
    window.addEventListener("beforeprint", apply);
    apply();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
