// IB Wegwijzer: progressive enhancement only. Without JavaScript every row and step stays visible.
(function () {
  "use strict";

  function setupDirectoryFilter() {
    var form = document.getElementById("ww-filter");
    var table = document.getElementById("ww-directory");
    if (!form || !table) return;
    form.hidden = false;
    var rows = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      return {
        el: row,
        towns: (row.getAttribute("data-towns") || "").split(" "),
        themes: (row.getAttribute("data-themes") || "").split(" "),
        ages: (row.getAttribute("data-ages") || "").split(" "),
        text: row.textContent.toLowerCase()
      };
    });
    var count = document.getElementById("ww-filter-count");
    function apply() {
      var town = form.elements.town.value, theme = form.elements.theme.value, age = form.elements.age.value;
      var text = form.elements.text.value.trim().toLowerCase();
      var shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        var ok = (!town || r.towns.indexOf(town) >= 0) && (!theme || r.themes.indexOf(theme) >= 0) &&
          (!age || r.ages.indexOf(age) >= 0) && (!text || r.text.indexOf(text) >= 0);
        if (r.el.hidden === ok) r.el.hidden = !ok;
        if (ok) shown++;
      }
      count.textContent = shown + " van de " + rows.length + " partners zichtbaar";
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }

  var KEY = "ww-region";

  function setupRegionSwitch() {
    var switches = document.querySelectorAll(".ww-region-switch");
    if (!switches.length) return;
    var stored = "";
    try { stored = window.localStorage.getItem(KEY) || ""; } catch (e) { stored = ""; }
    function apply(region) {
      document.querySelectorAll("[data-regions]").forEach(function (el) {
        var regions = el.getAttribute("data-regions").split(" ");
        el.hidden = Boolean(region) && regions.indexOf(region) < 0;
      });
      document.querySelectorAll('input[name="ww-region"]').forEach(function (input) {
        input.checked = input.value === region;
      });
    }
    switches.forEach(function (fieldset) {
      fieldset.hidden = false;
      fieldset.addEventListener("change", function (event) {
        var region = event.target.value;
        try { window.localStorage.setItem(KEY, region); } catch (e) { /* private mode: not remembered */ }
        apply(region);
      });
    });
    apply(stored);
  }

  function start() {
    setupDirectoryFilter();
    setupRegionSwitch();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
