// IB Wegwijzer: progressive enhancement only. Without JavaScript every row, step and region stays visible.
(function () {
  "use strict";

  // The one place choice of the site: the municipality of the reader's school (wegwijzer/render/region.py).
  // KEY holds its region id, or "" for every region (no key: not chosen yet); other scripts (the search) read it.
  // PLACE_KEY holds the chosen municipality as JSON. A region stored without a municipality still applies.
  var KEY = "ww-region", PLACE_KEY = "ww-municipality";
  var regionListeners = [];
  var SCRIPT = document.currentScript;

  function stored(key) {
    try { return window.localStorage.getItem(key); } catch { return null; }
  }
  function store(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key); else window.localStorage.setItem(key, value);
    } catch { /* private mode: not remembered */ }
  }
  function siteRoot() {
    var src = SCRIPT && SCRIPT.src ? SCRIPT.src : "";
    return src ? src.replace(/assets\/wegwijzer\.js(\?.*)?$/, "") : "/";
  }
  function knownRegions() {
    var form = document.querySelector("[data-ww-place]");
    return form ? (form.getAttribute("data-ww-regions") || "").split(" ").filter(Boolean) : null;
  }

  function currentPlace() {
    try {
      var place = JSON.parse(stored(PLACE_KEY) || "null");
      return place && typeof place.name === "string" ? place : null;
    } catch { return null; }
  }

  function currentRegion() {
    var place = currentPlace();
    var region = place ? (place.region || "") : (stored(KEY) || "");
    var regions = knownRegions();
    if (regions && region && regions.indexOf(region) < 0) return "";  // a region that no longer exists: no choice
    return region;
  }

  function listOf(el, name) { return (el.getAttribute(name) || "").split(" ").filter(Boolean); }

  // Show only what holds where the reader works. Elements with data-regions belong to some regions; partner cards
  // with data-municipalities serve only those municipalities (national partners have neither filter).
  function applyRegion(region) {
    var place = currentPlace();
    var town = place && place.region ? place.id : "";
    var nowhere = Boolean(place) && !place.region;  // a municipality whose samenwerkingsverband has no data yet
    document.querySelectorAll("[data-regions]").forEach(function (el) {
      el.hidden = Boolean(region) && listOf(el, "data-regions").indexOf(region) < 0;
    });
    // Route links of a question (one per region): the reader's own is marked.
    document.querySelectorAll("[data-region-route]").forEach(function (el) {
      el.classList.toggle("ww-route-own", el.getAttribute("data-region-route") === region);
    });
    document.querySelectorAll("[data-municipalities]").forEach(function (el) {
      if (town && listOf(el, "data-municipalities").indexOf(town) < 0) el.hidden = true;
      if (nowhere) el.hidden = true;
    });
    if (nowhere) {
      // Only what holds everywhere: no regional stop of the stroomschema, no regional row.
      document.querySelectorAll("[data-regions]:not(.ww-partner)").forEach(function (el) { el.hidden = true; });
    }
    document.querySelectorAll("[data-ww-place]").forEach(function (form) { showMissing(form, place); });
    fillStops(nowhere ? "" : region, town);
    // A folded list of every region's links opens once the reader chose: then it holds only hers.
    document.querySelectorAll("details[data-ww-open-when-chosen]").forEach(function (el) {
      if (region) el.open = true;
    });
    var municipality = place ? (place.id || place.code || "") : "";
    regionListeners.forEach(function (listener) { listener(region, municipality); });
  }

  // The stroomschema and its table (/wegwijzer/) name the first stop only where it is the same in every region; else
  // what kind of organisation it is. Once the reader chose, her region's file (wegwijzer/render/first_stops.py) gives
  // her own: her municipality's where it has its own, else her region's. Names are set as text.
  var stopsWanted = null;
  function fillStops(region, town) {
    var slots = document.querySelectorAll("[data-ww-stops]");
    var wanted = region + "/" + town;
    if (!slots.length || wanted === stopsWanted) return;
    stopsWanted = wanted;
    var named = document.querySelector(".ww-flow-place"), place = currentPlace();
    if (named) named.hidden = true;
    function kinds(slot) {
      slot.querySelector(".ww-stop-own").hidden = true;
      slot.querySelector(".ww-stop-kinds").hidden = false;
      slot.removeAttribute("data-ww-filled");
    }
    if (!region) { slots.forEach(kinds); return; }
    fetch(siteRoot() + "assets/eerste-stops/" + encodeURIComponent(region) + ".json")
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) {
        if (stopsWanted !== wanted) return;  // chosen again meanwhile
        var root = siteRoot(), here = data.towns[town] || {};
        slots.forEach(function (slot) {
          var id = slot.getAttribute("data-ww-stops");
          var found = Object.prototype.hasOwnProperty.call(here, id) ? here[id] : data.stops[id];
          if (!found) { kinds(slot); return; }
          var own = slot.querySelector(".ww-stop-own");
          own.textContent = found.length ? "" : "nog niet ingevuld voor jouw regio";
          found.forEach(function (partnerId, i) {
            var partner = data.partners[partnerId];
            if (i) own.appendChild(document.createTextNode(", "));
            var name = slot.hasAttribute("data-ww-linked") ? document.createElement("a") : document.createElement("span");
            if (name.tagName === "A") name.href = root + partner[1];
            name.textContent = partner[0];
            own.appendChild(name);
          });
          own.hidden = false;
          slot.querySelector(".ww-stop-kinds").hidden = true;
          slot.setAttribute("data-ww-filled", wanted);
        });
        if (named && town && place) {
          named.textContent = " Hier ingevuld voor de gemeente " + place.name + ".";
          named.hidden = false;
        }
      })
      .catch(function () { stopsWanted = null; slots.forEach(kinds); });  // the kinds stay; tried again next time
  }

  function showMissing(form, place) {
    var panel = form.querySelector(".ww-place-missing");
    if (!panel) return;
    // On the home page its own choice says it; the header's would say it twice.
    var missing = Boolean(place) && !place.region && !(form.id === "ww-place" && document.getElementById("ww-place-home"));
    panel.hidden = !missing;
    var root = siteRoot();
    panel.querySelectorAll("[data-ww-root-href]").forEach(function (a) {
      a.setAttribute("href", root + a.getAttribute("data-ww-root-href"));
    });
    var swvText = panel.querySelector("[data-ww-swv]");
    if (!swvText) return;
    swvText.textContent = "";
    if (!missing) return;
    var swvs = place.swvs || [];
    if (!swvs.length) {
      swvText.textContent = "Bij welk samenwerkingsverband " + place.name + " hoort, staat nog niet in onze gegevens.";
      return;
    }
    swvText.appendChild(document.createTextNode(
      place.name + (swvs.length > 1 ? " is verdeeld over meer samenwerkingsverbanden: " : " hoort bij ")));
    swvs.forEach(function (swv, i) {
      if (i) swvText.appendChild(document.createTextNode(i === swvs.length - 1 ? " en " : ", "));
      var label = swv.name ? swv.name + " (" + swv.code + ")" : "samenwerkingsverband " + swv.code;
      if (swv.website) {
        var a = document.createElement("a");
        a.href = swv.website;
        a.textContent = label;
        swvText.appendChild(a);
      } else {
        swvText.appendChild(document.createTextNode(label));
      }
    });
    swvText.appendChild(document.createTextNode("."));
  }

  // Matching as wegwijzer.municipalities.matches: the start of the name, of any of its words, or of an alias;
  // case, accents and punctuation do not count (fold(), below: "fryslan" finds Súdwest-Fryslân).
  function prefixesOf(name) {
    var words = fold(name).split(" "), out = [];
    for (var i = 0; i < words.length; i++) out.push(words.slice(i).join(" "));
    return out;
  }
  function prepare(data) {
    (data.municipalities || []).forEach(function (m) {
      m.keys = [m.name].concat(m.aliases || []).reduce(function (all, n) { return all.concat(prefixesOf(n)); }, []);
    });
    return data;
  }
  function find(data, typed) {
    var query = fold(typed);
    if (!query) return [];
    var starts = [], inside = [];
    data.municipalities.forEach(function (m) {
      if (m.keys[0].indexOf(query) === 0) starts.push(m);
      else if (m.keys.some(function (k) { return k.indexOf(query) === 0; })) inside.push(m);
    });
    return starts.concat(inside);
  }

  var dataPromise = null;
  function loadData(form) {
    if (!dataPromise) {
      dataPromise = fetch(siteRoot() + form.getAttribute("data-ww-source"))
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(prepare);
      dataPromise.catch(function () { dataPromise = null; });
    }
    return dataPromise;
  }

  function placeOf(data, m) {
    var place = { code: m.code || "", name: m.name, id: m.id || "", region: m.region || "", swvs: [] };
    (m.swvs || []).forEach(function (id) { if (data.swvs[id]) place.swvs.push(data.swvs[id]); });
    if (m.region && data.regions[m.region]) place.regionName = data.regions[m.region];
    return place;
  }

  function describe(place) {
    if (!place) return "";
    var region = place.regionName ? " (regio " + place.regionName.split(":")[0] + ")" : "";
    var split = (place.swvs || []).length > 1 ? " " + place.name + " is verdeeld over de samenwerkingsverbanden " +
      place.swvs.map(function (s) { return s.name ? s.name + " (" + s.code + ")" : s.code; }).join(" en ") +
      ": vraag bij twijfel je eigen samenwerkingsverband." : "";
    return (place.region ? "Je ziet wat geldt in " + place.name + region + "." : "Gekozen: " + place.name + ".") +
      (place.region ? split : "");
  }

  var MAX_SHOWN = 50;

  function setupPlace(form) {
    var input = form.querySelector(".ww-place-input");
    var list = form.querySelector(".ww-place-list");
    var status = form.querySelector(".ww-place-status");
    var current = form.querySelector(".ww-place-current");
    var clear = form.querySelector(".ww-place-clear");
    var options = [], active = -1, data = null;
    form.hidden = false;
    form.classList.toggle("ww-place--first", stored(KEY) === null && !currentPlace());

    function showCurrent() {
      var place = currentPlace(), region = currentRegion();
      if (place) {
        input.value = place.name;
        current.textContent = describe(place);
      } else if (region) {
        current.textContent = "Je ziet wat geldt in de regio die je eerder koos. Kies je gemeente, dan zie je alleen de partners die daar werken.";
      } else {
        current.textContent = "";
      }
      clear.hidden = !place && !region;
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function highlight(index) {
      options.forEach(function (o, i) { o.el.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].el.id);
        options[index].el.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }
    function render(found) {
      list.textContent = "";
      options = found.slice(0, MAX_SHOWN).map(function (m, i) {
        var li = document.createElement("li");
        li.id = form.id + "-option-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.className = "ww-place-option";
        li.textContent = m.name;
        if (m.region && data.regions[m.region]) {
          var where = document.createElement("span");
          where.className = "ww-place-option-region";
          where.textContent = " · " + data.regions[m.region].split(":")[0];
          li.appendChild(where);
        }
        li.addEventListener("mousedown", function (event) { event.preventDefault(); });
        li.addEventListener("click", function () { choose(m); });
        list.appendChild(li);
        return { el: li, m: m };
      });
      var open = options.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      active = -1;
      input.removeAttribute("aria-activedescendant");
      status.textContent = !input.value.trim() ? "" : found.length === 0 ? "Geen gemeente gevonden."
        : found.length === 1 ? "1 gemeente gevonden. Kies met pijl omlaag en Enter."
        : found.length + " gemeenten gevonden" + (found.length > MAX_SHOWN ? ", de eerste " + MAX_SHOWN + " staan in de lijst" : "")
          + ". Kies met pijl omlaag en Enter.";
    }
    function update() {
      loadData(form).then(function (loaded) {
        data = loaded;
        render(find(data, input.value));
      }).catch(function () { status.textContent = "De lijst met gemeenten kon niet worden geladen."; });
    }
    function choose(m) {
      var place = placeOf(data, m);
      store(PLACE_KEY, JSON.stringify(place));
      store(KEY, place.region);
      close();
      status.textContent = "";
      document.querySelectorAll("[data-ww-place]").forEach(function (other) {
        other.classList.remove("ww-place--first");
        if (other.wwShowCurrent) other.wwShowCurrent();
      });
      applyRegion(place.region);
    }
    form.wwShowCurrent = showCurrent;

    input.addEventListener("input", update);
    input.addEventListener("focus", function () { loadData(form).catch(function () { /* said on typing */ }); });
    input.addEventListener("keydown", function (event) {
      var key = event.key;
      if (key === "ArrowDown" || key === "ArrowUp") {
        event.preventDefault();
        if (list.hidden) { update(); return; }
        if (!options.length) return;
        var next = key === "ArrowDown" ? (active + 1) % options.length : (active <= 0 ? options.length - 1 : active - 1);
        highlight(next);
      } else if (key === "Enter") {
        event.preventDefault();
        if (!list.hidden && options.length) choose(options[active >= 0 ? active : 0].m);
      } else if (key === "Escape") {
        if (!list.hidden) { event.preventDefault(); close(); }
        else if (input.value) { event.preventDefault(); input.value = ""; status.textContent = ""; }
      }
    });
    input.addEventListener("blur", function () {
      close();
      var place = currentPlace();  // leaving the field without choosing keeps the choice that holds
      if (place && input.value !== place.name) input.value = place.name;
    });
    clear.addEventListener("click", function () {
      store(PLACE_KEY, null);
      store(KEY, "");
      input.value = "";
      document.querySelectorAll("[data-ww-place]").forEach(function (other) {
        if (other.wwShowCurrent) other.wwShowCurrent();
      });
      applyRegion("");
      current.textContent = "Geen gemeente gekozen: je ziet alles.";
      input.focus();
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    showCurrent();
  }

  function setupRegionBar() {
    document.querySelectorAll("[data-ww-place]").forEach(setupPlace);
  }

  // The directory's filter (issue 21): town, theme, age, and "Zoek in de tabel" with the site search's vocabulary.
  // A word matches a partner when the partner's own page has it, or a word of its synonym group (data/synonyms/),
  // as a word or the start of one (logopedie: logopedist); the partner's words are its name, aliases, description,
  // kind, themes and municipalities (pagefind/wegwijzer-kaart.json, loaded at the first typed word). Until they are
  // loaded, or when they cannot be, the table's own text is searched.
  var STOP = ("de het een en of is in op van voor met naar bij te aan als dat die dit er ook maar om mijn zijn " +
    "haar hij zij ze we wij je jij u ik wat wie").split(" ");
  // As wegwijzer.municipalities.fold: lower case, no accents, every run of other characters one space. The place
  // choice matches on its words; the directory filter takes the words (tokens) of it.
  function fold(text) {
    var plain = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    return plain.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
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

  // Print buttons: a page prints on A4, a region's wall chart (its page's A3 and A4-landscape buttons) one sheet
  // per municipality.
  function setupPrintButtons() {
    document.querySelectorAll(".ww-print").forEach(function (button) {
      if (button.parentElement) button.parentElement.hidden = false;
      button.addEventListener("click", function () {
        // The wall chart says where the wegwijzer is: the configured address, else the one it is printed from.
        document.querySelectorAll("[data-ww-address]:empty").forEach(function (el) {
          el.textContent = new URL(el.getAttribute("data-ww-address"), window.location.href).href;
        });
        var paper = button.getAttribute("data-paper");
        if (paper) document.documentElement.setAttribute("data-ww-paper", paper);
        window.print();
      });
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
