// IB Wegwijzer: progressive enhancement only. Without JavaScript every row, step and region stays visible.
(function () {
  "use strict";

  // The one region choice of the site: a region id, or "" for every region; no key means "not chosen yet".
  // Other scripts (the search) read the same key.
  var KEY = "ww-region";
  var regionListeners = [];

  function storedRegion() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }

  function currentRegion() {
    var select = document.getElementById("ww-region-select");
    var region = storedRegion() || "";
    if (select && !Array.prototype.some.call(select.options, function (o) { return o.value === region; })) {
      return "";  // a region that no longer exists counts as no choice
    }
    return region;
  }

  function applyRegion(region) {
    document.querySelectorAll("[data-regions]").forEach(function (el) {
      var regions = el.getAttribute("data-regions").split(" ");
      el.hidden = Boolean(region) && regions.indexOf(region) < 0;
    });
    regionListeners.forEach(function (listener) { listener(region); });
  }

  function setupRegionBar() {
    var bar = document.getElementById("ww-region-bar");
    var select = document.getElementById("ww-region-select");
    if (!bar || !select) return;
    var stored = storedRegion();
    select.value = currentRegion();
    bar.hidden = false;
    // First visit: the bar asks for the region, with a sentence that says why.
    bar.classList.toggle("ww-region-bar--first", stored === null);
    select.addEventListener("change", function () {
      try { window.localStorage.setItem(KEY, select.value); } catch (e) { /* private mode: not remembered */ }
      bar.classList.remove("ww-region-bar--first");
      applyRegion(select.value);
    });
    bar.addEventListener("submit", function (event) { event.preventDefault(); });
  }

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
    var caption = document.getElementById("ww-directory-caption");
    var townSelect = form.elements.town;
    var allTowns = townSelect.options[0];
    var allTownsText = allTowns.textContent;
    var regionTowns = [];
    var regionName = "";

    function serves(row, towns) {
      for (var i = 0; i < towns.length; i++) if (row.towns.indexOf(towns[i]) >= 0) return true;
      return false;
    }
    function apply() {
      var town = townSelect.value, theme = form.elements.theme.value, age = form.elements.age.value;
      var text = form.elements.text.value.trim().toLowerCase();
      var shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        var ok = (town ? r.towns.indexOf(town) >= 0 : !regionTowns.length || serves(r, regionTowns)) &&
          (!theme || r.themes.indexOf(theme) >= 0) &&
          (!age || r.ages.indexOf(age) >= 0) && (!text || r.text.indexOf(text) >= 0);
        if (r.el.hidden === ok) r.el.hidden = !ok;
        if (ok) shown++;
      }
      var where = !town && regionName ? " in " + regionName : "";
      count.textContent = shown + " van de " + rows.length + " partners zichtbaar" + where;
      if (caption) {
        caption.textContent = shown === rows.length ? "Alle " + rows.length + " partners van de sociale kaart"
          : shown + " van de " + rows.length + " partners van de sociale kaart" + where;
      }
    }
    // The site's region narrows "every municipality" to the municipalities of that region.
    regionListeners.push(function (region) {
      var group = region ? townSelect.querySelector('optgroup[data-region="' + region + '"]') : null;
      regionTowns = group ? Array.prototype.map.call(group.querySelectorAll("option"), function (o) { return o.value; }) : [];
      regionName = group ? group.label : "";
      allTowns.textContent = group ? "Alle gemeenten in " + group.label : allTownsText;
      apply();
    });
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }

  // Print buttons: the stroomschema prints on A4 unless the A3 button asks for one wall sheet.
  function setupPrintButtons() {
    document.querySelectorAll(".ww-print").forEach(function (button) {
      if (button.parentElement) button.parentElement.hidden = false;
      button.addEventListener("click", function () {
        if (button.hasAttribute("data-needs-region") && !currentRegion()) {
          // One wall sheet holds one region's routes: ask for the region instead of printing a second sheet.
          var note = button.parentElement && button.parentElement.querySelector(".ww-print-note");
          if (note) note.textContent = note.getAttribute("data-region-first");
          var select = document.getElementById("ww-region-select");
          if (select) select.focus();
          return;
        }
        // The wall chart says where the site is: the configured address, else the one it is printed from.
        document.querySelectorAll("[data-ww-address]:empty").forEach(function (el) {
          el.textContent = window.location.origin + window.location.pathname;
        });
        var paper = button.getAttribute("data-paper");
        if (paper) document.documentElement.setAttribute("data-ww-paper", paper);
        window.print();
      });
    });
    regionListeners.push(function (region) {
      if (!region) return;
      document.querySelectorAll(".ww-print-note").forEach(function (note) { note.textContent = ""; });
    });
    window.addEventListener("afterprint", function () {
      document.documentElement.removeAttribute("data-ww-paper");
    });
  }

  // Tables wider than the screen scroll inside their own region: keyboard users can reach and scroll it.
  function labelScrollRegions() {
    document.querySelectorAll(".md-typeset__scrollwrap, .ww-table-wrap").forEach(function (wrap) {
      if (wrap.scrollWidth <= wrap.clientWidth + 1 || wrap.hasAttribute("tabindex")) return;
      var table = wrap.querySelector("table");
      var caption = table && table.caption ? table.caption.textContent : "";
      var heading = wrap.previousElementSibling;
      while (heading && !/^H[1-6]$/.test(heading.tagName)) heading = heading.previousElementSibling;
      var label = caption || (heading ? heading.textContent.replace(/¶$/, "").trim() : "") || "Tabel";
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", label + " (schuift opzij)");
    });
    // Code blocks wider than the screen scroll too: make them reachable by keyboard.
    document.querySelectorAll(".md-typeset pre > code").forEach(function (code) {
      if (code.scrollWidth > code.clientWidth + 1 && !code.hasAttribute("tabindex")) code.setAttribute("tabindex", "0");
    });
  }

  function start() {
    setupRegionBar();
    setupDirectoryFilter();
    setupPrintButtons();
    applyRegion(currentRegion());
    labelScrollRegions();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
