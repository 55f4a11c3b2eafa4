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

  // The directory's filter (issue 21): town, theme, age, and "Zoek in de tabel" with the site search's vocabulary.
  // A word matches a partner when the partner's own page has it, or a word of its synonym group (data/synonyms/),
  // as a word or the start of one (logopedie: logopedist); the partner's words are its name, aliases, description,
  // kind, themes and municipalities (pagefind/wegwijzer-kaart.json, loaded at the first typed word). Until they are
  // loaded, or when they cannot be, the table's own text is searched.
  var STOP = ("de het een en of is in op van voor met naar bij te aan als dat die dit er ook maar om mijn zijn " +
    "haar hij zij ze we wij je jij u ik wat wie").split(" ");
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function tokens(text) {
    return fold(text).match(/[0-9a-z]+/g) || [];
  }

  function directoryVocabulary() {
    var search = document.getElementById("ww-search");
    if (!search || !window.fetch) return Promise.reject(new Error("no search bundle"));
    var bundle = new URL(search.getAttribute("data-bundle"), document.baseURI).href;
    function get(name) {
      return fetch(bundle + name).then(function (r) { if (!r.ok) throw new Error(name); return r.json(); });
    }
    return Promise.all([get("wegwijzer-kaart.json"), get("wegwijzer-zoeken.json")]).then(function (both) {
      var groups = both[1].synonyms.map(function (group) { return group.map(function (t) { return tokens(t); }); });
      var byTerm = {};
      groups.forEach(function (group, g) { group.forEach(function (t) { byTerm[t.join(" ")] = g; }); });
      return { partners: both[0], groups: groups, byTerm: byTerm,
               site: new URL(search.getAttribute("data-site") || "./", document.baseURI).href };
    });
  }

  // The query as slots: each a list of alternatives (each a list of words), one of which a partner must have.
  function slots(text, vocab) {
    var words = tokens(text), found = [], i = 0;
    while (i < words.length) {
      var taken = 1, group = -1;
      for (var n = Math.min(4, words.length - i); n >= 1 && vocab; n--) {
        var key = words.slice(i, i + n).join(" ");
        if (key in vocab.byTerm) { group = vocab.byTerm[key]; taken = n; break; }
      }
      var own = words.slice(i, i + taken);
      i += taken;
      if (group < 0 && STOP.indexOf(own[0]) >= 0) continue;
      found.push([own].concat(group >= 0 ? vocab.groups[group] : []));
    }
    return found;
  }

  function hasWord(list, word) {
    for (var i = 0; i < list.length; i++) if (list[i].lastIndexOf(word, 0) === 0) return true;
    return false;
  }

  function setupDirectoryFilter() {
    var form = document.getElementById("ww-filter");
    var table = document.getElementById("ww-directory");
    if (!form || !table) return;
    form.hidden = false;
    var rows = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      var link = row.querySelector("a[href]");
      var id = link ? link.getAttribute("href").replace(/\/+$/, "").split("/").pop() : "";
      return {
        el: row,
        id: id,
        towns: (row.getAttribute("data-towns") || "").split(" "),
        themes: (row.getAttribute("data-themes") || "").split(" "),
        ages: (row.getAttribute("data-ages") || "").split(" "),
        text: row.textContent.toLowerCase(),
        words: tokens(row.textContent)
      };
    });
    var count = document.getElementById("ww-filter-count");
    var caption = document.getElementById("ww-directory-caption");
    var townSelect = form.elements.town;
    var allTowns = townSelect.options[0];
    var allTownsText = allTowns.textContent;
    var regionTowns = [];
    var regionName = "";
    var vocab = null, loading = null;

    // On zero rows: a way on, to clear the filters or to search the whole site for the words.
    var empty = document.createElement("div");
    empty.className = "ww-filter-empty";
    empty.id = "ww-filter-empty";
    empty.hidden = true;
    form.parentNode.insertBefore(empty, form.nextSibling);

    function load() {
      if (!loading) {
        loading = directoryVocabulary().then(function (found) {
          vocab = found;
          rows.forEach(function (r) { if (vocab.partners[r.id]) r.words = r.words.concat(vocab.partners[r.id].split(" ")); });
          apply();
        }, function () { /* the table's own text stays the vocabulary */ });
      }
      return loading;
    }

    function matches(row, query, wanted) {
      if (row.text.indexOf(query) >= 0) return true;
      if (!wanted.length) return false;
      return wanted.every(function (alternatives) {
        return alternatives.some(function (words) {
          return words.length > 0 && words.every(function (w) { return hasWord(row.words, w); });
        });
      });
    }

    function serves(row, towns) {
      for (var i = 0; i < towns.length; i++) if (row.towns.indexOf(towns[i]) >= 0) return true;
      return false;
    }
    // Built once and only updated: rebuilt while typing, a button would vanish between press and release.
    var emptyNote = document.createElement("p");
    emptyNote.textContent = "Geen partners gevonden met deze filters.";
    var clear = document.createElement("button");
    clear.type = "button";
    clear.className = "md-button ww-filter-clear";
    clear.textContent = "Wis de filters";
    clear.addEventListener("click", function () {
      form.reset();
      apply();
      form.elements.text.focus();
    });
    var wholeSite = document.createElement("a");
    wholeSite.className = "md-button ww-filter-site";
    empty.appendChild(emptyNote);
    empty.appendChild(clear);
    empty.appendChild(document.createTextNode(" "));
    empty.appendChild(wholeSite);
    function showEmpty(text) {
      var site = vocab ? vocab.site : new URL("../", document.baseURI).href;
      wholeSite.hidden = !text;
      if (!text) return;
      var href = site + "?q=" + encodeURIComponent(text);
      if (wholeSite.getAttribute("href") !== href) {
        wholeSite.href = href;
        wholeSite.textContent = "Zoek ‘" + text + "’ op de hele site";
      }
    }
    function apply() {
      var town = townSelect.value, theme = form.elements.theme.value, age = form.elements.age.value;
      var raw = form.elements.text.value.trim(), text = raw.toLowerCase();
      if (text && !vocab) load();
      var wanted = text ? slots(raw, vocab) : [];
      var shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        var ok = (town ? r.towns.indexOf(town) >= 0 : !regionTowns.length || serves(r, regionTowns)) &&
          (!theme || r.themes.indexOf(theme) >= 0) &&
          (!age || r.ages.indexOf(age) >= 0) && (!text || matches(r, text, wanted));
        if (r.el.hidden === ok) r.el.hidden = !ok;
        if (ok) shown++;
      }
      var where = !town && regionName ? " in " + regionName : "";
      count.textContent = shown + " van de " + rows.length + " partners zichtbaar" + where;
      if (caption) {
        caption.textContent = shown === rows.length ? "Alle " + rows.length + " partners van de sociale kaart"
          : shown + " van de " + rows.length + " partners van de sociale kaart" + where;
      }
      if (shown === 0) {
        showEmpty(raw);
        labelScrollRegions();  // the header row alone may be wider than a phone: keep it reachable by keyboard
      }
      if (empty.hidden !== (shown > 0)) empty.hidden = shown > 0;
      form.setAttribute("data-filter-ready", vocab ? "words" : "text");
    }
    // The site's region narrows "every municipality" to the municipalities of that region; a chosen municipality
    // (listener(region, municipality)) is selected in the town filter.
    regionListeners.push(function (region, municipality) {
      var group = region ? townSelect.querySelector('optgroup[data-region="' + region + '"]') : null;
      regionTowns = group ? Array.prototype.map.call(group.querySelectorAll("option"), function (o) { return o.value; }) : [];
      regionName = group ? group.label : "";
      allTowns.textContent = group ? "Alle gemeenten in " + group.label : allTownsText;
      if (municipality && Array.prototype.some.call(townSelect.options, function (o) { return o.value === municipality; })) {
        townSelect.value = municipality;
      }
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
      // Either way: with no rows left, the caption alone overflows a phone's table by a pixel (axe counts it).
      var scrolls = wrap.scrollWidth > wrap.clientWidth + 1 || wrap.scrollHeight > wrap.clientHeight;
      if (!scrolls || wrap.hasAttribute("tabindex")) return;
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
