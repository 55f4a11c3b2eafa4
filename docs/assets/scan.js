/* Competentiescan (/competentiescan/): self-assessment, rater files and a printable report.
   No dependencies, no requests, no cookies: answers live in localStorage only. The form and the report frame are
   built at build time from data/ (wegwijzer/render/scan.py); this script only reads #ww-scan-data and sets
   textContent, never innerHTML. Answers are keyed by "<competency>/<indicator>" ids, never by position. */
(function (root) {
  "use strict";

  var FORMAT = "wegwijzer-competentiescan-beoordeling";
  var VERSION = 1;
  var KEYS = { own: "wegwijzer-competentiescan", rater: "wegwijzer-competentiescan-beoordelaar",
               mode: "wegwijzer-competentiescan-modus" };
  var MAX_FILE = 200000;
  var MAX_NOTE = 2000;
  var MAX_RATERS = 20;
  var FILE_FIELDS = ["about", "answers", "check", "date", "format", "notes", "rater", "version"];

  /* ---------- Core: pure functions, also used by the tests ---------- */

  function canonical(value) {
    if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
    if (value && typeof value === "object") {
      return "{" + Object.keys(value).sort().map(function (k) {
        return JSON.stringify(k) + ":" + canonical(value[k]);
      }).join(",") + "}";
    }
    return JSON.stringify(value);
  }

  /* FNV-1a over the UTF-16 code units: catches a file edited by hand, not an attacker (nothing here is secret). */
  function checksum(text) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return ("00000000" + hash.toString(16)).slice(-8);
  }

  function sign(payload) {
    var copy = {};
    Object.keys(payload).forEach(function (k) { if (k !== "check") copy[k] = payload[k]; });
    copy.check = checksum(canonical(copy));
    return copy;
  }

  function keysOf(data) {
    var keys = [];
    data.competencies.forEach(function (c) { c.indicators.forEach(function (i) { keys.push(i.key); }); });
    return keys;
  }

  function idSet(ids) {
    var set = Object.create(null);
    ids.forEach(function (id) { set[id] = true; });
    return set;
  }

  /* A real calendar date written as JJJJ-MM-DD (2026-02-30 is none). */
  function isDate(value) {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    var parts = value.split("-").map(Number), day = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
    return parts[0] >= 2000 && day.getUTCFullYear() === parts[0] && day.getUTCMonth() === parts[1] - 1 &&
      day.getUTCDate() === parts[2];
  }

  function isObject(value) { return !!value && typeof value === "object" && !Array.isArray(value); }
  function isLevel(value) { return value === 0 || value === 1 || value === 2 || value === 3 || value === 4; }
  function text(value, max) { return typeof value === "string" ? value.slice(0, max) : ""; }

  /* Answers and notes of an older or newer scan: keep what still fits the indicators of this build, drop the rest. */
  function keepKnown(answers, notes, data) {
    var known = idSet(keysOf(data)), out = { answers: {}, notes: {} };
    var comps = idSet(data.competencies.map(function (c) { return c.id; }));
    if (isObject(answers)) {
      Object.keys(answers).forEach(function (k) { if (known[k] && isLevel(answers[k])) out.answers[k] = answers[k]; });
    }
    if (isObject(notes)) {
      Object.keys(notes).forEach(function (k) { if (comps[k]) out.notes[k] = text(notes[k], MAX_NOTE); });
    }
    return out;
  }

  function restore(saved, data) {
    var state = { answers: {}, notes: {}, cover: { name: "", school: "", date: "" }, goals: [], target: "",
                  raters: [] };
    if (!isObject(saved)) return state;
    var kept = keepKnown(saved.answers, saved.notes, data);
    state.answers = kept.answers;
    state.notes = kept.notes;
    if (isObject(saved.cover)) {
      ["name", "school", "date"].forEach(function (k) { state.cover[k] = text(saved.cover[k], 150); });
    }
    if (Array.isArray(saved.goals)) {
      state.goals = saved.goals.filter(isObject).slice(0, 20).map(function (g) {
        return { what: text(g.what, 500), how: text(g.how, 500), who: text(g.who, 300), when: text(g.when, 100) };
      });
    }
    if (data.targets.some(function (t) { return t.id === saved.target; })) state.target = saved.target;
    if (Array.isArray(saved.raters)) {
      state.raters = saved.raters.filter(isObject).slice(0, MAX_RATERS).map(function (r) {
        var k = keepKnown(r.answers, r.notes, data);
        return { role: text(r.role, 40), about: text(r.about, 100), date: isDate(r.date) ? r.date : "",
                 answers: k.answers, notes: k.notes };
      });
    }
    return state;
  }

  function restoreRater(saved, data) {
    var kept = keepKnown(isObject(saved) ? saved.answers : null, isObject(saved) ? saved.notes : null, data);
    var roles = data.raterRoles.map(function (r) { return r.id; });
    return { answers: kept.answers, notes: kept.notes,
             role: isObject(saved) && roles.indexOf(saved.role) >= 0 ? saved.role : roles[0],
             about: isObject(saved) ? text(saved.about, 100) : "" };
  }

  function fileName(role, date) {
    return "competentiescan-beoordeling-" + role + "-" + date + ".json";
  }

  function exportFile(rater, date) {
    var payload = sign({ format: FORMAT, version: VERSION, date: date, about: rater.about,
                         rater: { role: rater.role }, answers: rater.answers, notes: rater.notes });
    return { name: fileName(rater.role, date), text: JSON.stringify(payload, null, 2) };
  }

  function refuse(message) {
    return { ok: false, message: message + " Er is niets veranderd in je scan." };
  }

  /* A rater file, checked whole before anything changes: returns {ok, rater} or {ok: false, message}. */
  function readRaterFile(raw, data) {
    if (typeof raw !== "string" || raw.length > MAX_FILE) {
      return refuse("Dit bestand is te groot voor een beoordeling van de competentiescan.");
    }
    var file;
    try { file = JSON.parse(raw); } catch {
      return refuse("Dit bestand is geen beoordeling van de competentiescan: de inhoud is geen leesbare JSON.");
    }
    if (!isObject(file) || file.format !== FORMAT) {
      return refuse("Dit bestand is geen beoordeling van de competentiescan.");
    }
    if (file.version !== VERSION) {
      return refuse("Deze beoordeling is gemaakt met een andere versie van de scan en kan hier niet worden gelezen.");
    }
    if (Object.keys(file).some(function (k) { return FILE_FIELDS.indexOf(k) < 0; }) ||
        typeof file.check !== "string" || sign(file).check !== file.check) {
      return refuse("Dit bestand is na het opslaan veranderd of beschadigd. Vraag de beoordelaar om de " +
                    "beoordeling opnieuw op te slaan en te sturen.");
    }
    var roles = data.raterRoles.map(function (r) { return r.id; });
    if (!isObject(file.rater) || roles.indexOf(file.rater.role) < 0 || !isObject(file.answers) ||
        !isObject(file.notes) || typeof file.about !== "string" || file.about.length > 100 ||
        typeof file.date !== "string") {
      return refuse("Dit bestand mist gegevens die een beoordeling nodig heeft.");
    }
    if (!isDate(file.date)) {
      return refuse("De datum van deze beoordeling (" + file.date.slice(0, 10) + ") bestaat niet. Vraag de " +
                    "beoordelaar om de beoordeling opnieuw op te slaan en te sturen.");
    }
    var known = idSet(keysOf(data)), comps = idSet(data.competencies.map(function (c) { return c.id; }));
    var answerKeys = Object.keys(file.answers);
    var foreign = answerKeys.filter(function (k) { return !known[k]; }).length +
                  Object.keys(file.notes).filter(function (k) { return !comps[k]; }).length;
    if (foreign > 0) {
      return refuse("Dit bestand hoort bij andere gedragsvoorbeelden dan deze scan (" + foreign +
                    " onbekend). Vraag de beoordelaar om de scan op deze site opnieuw in te vullen.");
    }
    if (answerKeys.some(function (k) { return !isLevel(file.answers[k]); }) ||
        Object.keys(file.notes).some(function (k) {
          return typeof file.notes[k] !== "string" || file.notes[k].length > MAX_NOTE;
        })) {
      return refuse("Dit bestand bevat antwoorden die de scan niet kent.");
    }
    if (answerKeys.length === 0) return refuse("Dit bestand bevat nog geen enkel antwoord.");
    return { ok: true, rater: { role: file.rater.role, about: file.about, date: file.date,
                                answers: file.answers, notes: file.notes } };
  }

  /* Add a checked rater to the list, or refuse: at most MAX_RATERS, and the same file only once. */
  function addRater(raters, rater) {
    var same = canonical(rater);
    if (raters.some(function (r) { return canonical(r) === same; })) {
      return refuse("Dit bestand heb je al toegevoegd: deze beoordeling staat al in je rapport.");
    }
    if (raters.length >= MAX_RATERS) {
      return refuse("Je rapport heeft al " + MAX_RATERS + " beoordelingen; meer passen er niet in. Verwijder eerst " +
                    "een beoordeling die je niet meer nodig hebt.");
    }
    return { ok: true, raters: raters.concat([rater]) };
  }

  function average(answers, keys) {
    var sum = 0, n = 0;
    keys.forEach(function (k) { if (answers[k] >= 1) { sum += answers[k]; n++; } });
    return n ? sum / n : null;
  }

  /* Competencies that weigh most for a target (the highest count), and those that count at all. */
  function weighing(target, data) {
    var max = 0, out = {};
    data.competencies.forEach(function (c) { max = Math.max(max, target.weights[c.id] || 0); });
    data.competencies.forEach(function (c) {
      var w = target.weights[c.id] || 0;
      out[c.id] = w === 0 ? "none" : (w === max ? "most" : "counts");
    });
    return out;
  }

  /* 2026-11-30 → 30 november 2026, as wegwijzer.render.markup.date_nl writes it; the month's name is the browser's
     own Dutch one (tests/browser/test_scan_core.py holds the two equal). Anything else stays as it is. */
  var MONTH = new Intl.DateTimeFormat("nl-NL", { month: "long", timeZone: "UTC" });
  function dateNl(iso) {
    var m = /^(\d{4})-(0[1-9]|1[0-2])-(\d{2})$/.exec(iso || "");
    return m ? (+m[3]) + " " + MONTH.format(Date.UTC(2000, +m[2] - 1, 1)) + " " + m[1] : iso;
  }

  var core = { canonical: canonical, checksum: checksum, sign: sign, keysOf: keysOf, restore: restore,
               restoreRater: restoreRater, readRaterFile: readRaterFile, addRater: addRater, isDate: isDate,
               maxRaters: MAX_RATERS, exportFile: exportFile,
               fileName: fileName, average: average, weighing: weighing, dateNl: dateNl };
  root.WegwijzerScan = core;
  if (typeof document === "undefined" || !document.getElementById("ww-scan-data")) return;

  /* ---------- Page ---------- */

  var data = JSON.parse(document.getElementById("ww-scan-data").textContent);
  var scan = document.getElementById("ww-scan");
  var levelLabel = {};
  data.levels.forEach(function (l) { levelLabel[l.value] = l.label; });
  var roleLabel = {};
  data.raterRoles.forEach(function (r) { roleLabel[r.id] = r.label; });
  var allKeys = keysOf(data);

  function $(id) { return document.getElementById(id); }
  function load(key) {
    try { return JSON.parse(root.localStorage.getItem(key) || "null"); } catch { return null; }
  }
  function store(key, value) {
    try { root.localStorage.setItem(key, JSON.stringify(value)); } catch {
      say("ww-scan-clear-status", "Deze browser bewaart niets: je antwoorden verdwijnen als je de pagina sluit.");
    }
  }

  /* The scan's state, in one object: the IB'er's own scan, the answers she gives as a rater, and which of the two
     the form shows. update() is how it changes: it changes, saves and draws again. */
  var state = { own: restore(load(KEYS.own), data), rater: restoreRater(load(KEYS.rater), data),
                mode: load(KEYS.mode) === "beoordelaar" ? "beoordelaar" : "zelf" };

  function current() { return state.mode === "zelf" ? state.own : state.rater; }
  function save() {
    Object.keys(KEYS).forEach(function (k) { store(KEYS[k], state[k]); });
  }

  /* One change to the scan: change(state) makes it; then the state is saved, the parts of the form that the change
     alters (`redraw`, keys of DRAW) are drawn again, and the report. */
  function update(change, redraw) {
    change(state);
    save();
    (redraw || []).forEach(function (part) { DRAW[part](); });
    renderReport();
  }
  var DRAW = { mode: applyMode, goals: renderGoals, raters: renderRaters, progress: progress };

  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + ("0" + (d.getMonth() + 1)).slice(-2) + "-" + ("0" + d.getDate()).slice(-2);
  }
  function number(value) { return value === null ? "–" : value.toFixed(1).replace(".", ","); }
  function say(id, message, isError) {
    var el = $(id);
    if (!el) return;
    el.textContent = message;
    el.classList.toggle("ww-scan-error", !!isError);
  }
  function el(tag, attrs, content) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (Array.isArray(content) ? content : [content]).forEach(function (c) {
      if (c === undefined || c === null) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  function raterName(r) {
    return (roleLabel[r.role] || r.role) + (r.date ? " (" + dateNl(r.date) + ")" : "");
  }

  /* Form */

  function fillForm() {
    var shown = current();
    scan.querySelectorAll(".ww-scan-item input[type=radio]").forEach(function (input) {
      input.checked = shown.answers[input.name] === +input.value;
    });
    scan.querySelectorAll("textarea[data-note]").forEach(function (area) {
      area.value = shown.notes[area.getAttribute("data-note")] || "";
    });
    $("ww-scan-rater-role").value = state.rater.role;
    $("ww-scan-rater-about").value = state.rater.about;
    scan.querySelectorAll("[data-cover]").forEach(function (input) {
      input.value = state.own.cover[input.getAttribute("data-cover")] || (input.type === "date" ? today() : "");
    });
    $("ww-scan-target").value = state.own.target;
    renderGoals();
    renderRaters();
    progress();
  }

  function progress() {
    var done = allKeys.filter(function (k) { return current().answers[k] !== undefined; }).length;
    $("ww-scan-progress-text").textContent = done + " van " + allKeys.length + " gedragsvoorbeelden ingevuld";
    $("ww-scan-progress-bar").value = done;
  }

  function applyMode() {
    scan.querySelectorAll("input[name=ww-scan-mode]").forEach(function (r) { r.checked = r.value === state.mode; });
    $("ww-scan-rater-fields").hidden = state.mode !== "beoordelaar";
    $("ww-scan-rater-tools").hidden = state.mode !== "beoordelaar";
    $("ww-scan-self-tools").hidden = state.mode !== "zelf";
    $("ww-scan-report").hidden = state.mode !== "zelf";
    scan.classList.toggle("ww-scan-as-rater", state.mode === "beoordelaar");
    fillForm();
  }

  function goalField(goal, index, field, label, rows) {
    var id = "ww-scan-goal-" + index + "-" + field;
    var input = rows ? el("textarea", { id: id, rows: String(rows), maxlength: "500" })
                     : el("input", { id: id, type: "text", maxlength: "300" });
    input.value = goal[field];
    input.addEventListener("input", function () { update(function () { goal[field] = input.value; }); });
    return [el("label", { "for": id }, label), input];
  }

  function renderGoals() {
    var box = $("ww-scan-goals");
    box.textContent = "";
    state.own.goals.forEach(function (goal, index) {
      var remove = el("button", { type: "button", "class": "md-button" }, "Doel " + (index + 1) + " verwijderen");
      remove.addEventListener("click", function () {
        update(function (s) { s.own.goals.splice(index, 1); }, ["goals"]);
        $("ww-scan-add-goal").focus();
      });
      box.appendChild(el("fieldset", { "class": "ww-scan-goal" }, [el("legend", {}, "Doel " + (index + 1))]
        .concat(goalField(goal, index, "what", "Wat wil je bereiken?", 2))
        .concat(goalField(goal, index, "how", "Hoe ga je dat doen?", 2))
        .concat(goalField(goal, index, "who", "Met wie?"))
        .concat(goalField(goal, index, "when", "Wanneer is het klaar?"))
        .concat([remove])));
    });
  }

  function renderRaters() {
    var list = $("ww-scan-raters");
    list.textContent = "";
    state.own.raters.forEach(function (r, index) {
      var remove = el("button", { type: "button", "class": "md-button" }, "Verwijder " + raterName(r));
      remove.addEventListener("click", function () {
        update(function (s) { s.own.raters.splice(index, 1); }, ["raters"]);
        say("ww-scan-import-status", "De beoordeling van " + raterName(r) + " is verwijderd.");
        $("ww-scan-import").focus();
      });
      var count = Object.keys(r.answers).length;
      list.appendChild(el("li", {}, [raterName(r) + (r.about ? ", over " + r.about : "") + ": " + count +
                                     " antwoorden ", remove]));
    });
  }

  /* Report. Everything from here to "Events" renders the report; printing lays it out with Paged.js. */

  function series() {
    var own = state.own;
    return [{ label: "Zelf", answers: own.answers, notes: own.notes }].concat(own.raters.map(function (r) {
      return { label: raterName(r), answers: r.answers, notes: r.notes };
    }));
  }

  function averages(c, all) {
    var keys = c.indicators.map(function (i) { return i.key; });
    return all.map(function (s) { return average(s.answers, keys); });
  }

  /* Bars per competency, its name above them: 360 units wide, so on a 390 px phone a unit is about a pixel and the
     14-unit labels stay 12 px or larger; print gives the chart half the page width, which keeps them 9 pt or
     larger. The table after the chart holds the same numbers. */
  function chart(all) {
    var ns = "http://www.w3.org/2000/svg";
    var width = 360, left = 4, barW = 300, barH = 15, labelH = 23;
    var rowH = labelH + all.length * (barH + 3) + 9;
    var height = data.competencies.length * rowH + 24;
    function svg(tag, attrs, content) {
      var node = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      if (content !== undefined) node.textContent = content;
      return node;
    }
    var desc = data.competencies.map(function (c) {
      var avgs = averages(c, all);
      return c.name + ": " + all.map(function (s, n) { return s.label + " " + number(avgs[n]); }).join(", ");
    }).join(". ");
    var picture = svg("svg", { role: "img", viewBox: "0 0 " + width + " " + height, "class": "ww-report-chart",
                               "aria-labelledby": "ww-chart-title ww-chart-desc" });
    picture.appendChild(svg("title", { id: "ww-chart-title" }, "Gemiddelde score per competentie, van 1 tot 4"));
    picture.appendChild(svg("desc", { id: "ww-chart-desc" }, desc));
    [1, 2, 3, 4].forEach(function (v) {
      var x = left + barW * v / 4;
      data.competencies.forEach(function (c, row) {  // beside the bars only, never through a name
        var top = row * rowH + labelH - 2;
        picture.appendChild(svg("line", { x1: x, x2: x, y1: top, y2: top + all.length * (barH + 3) + 3,
                                          "class": "ww-chart-grid" }));
      });
      picture.appendChild(svg("text", { x: x, y: height - 4, "text-anchor": v === 4 ? "end" : "middle",
                                        "class": "ww-chart-axis" }, String(v)));
    });
    data.competencies.forEach(function (c, row) {
      var avgs = averages(c, all), y = row * rowH;
      picture.appendChild(svg("text", { x: 0, y: y + 14, "class": "ww-chart-label" }, (row + 1) + ". " + c.name));
      all.forEach(function (s, n) {
        var avg = avgs[n], by = y + labelH + n * (barH + 3), w = avg === null ? 0 : barW * avg / 4;
        var label = (all.length > 1 ? s.label.split(" (")[0] + " " : "") + number(avg);
        picture.appendChild(svg("rect", { x: left, y: by, height: barH, width: w,
                                          "class": "ww-chart-bar ww-chart-bar-" + Math.min(n, 3) }));
        // The value sits inside a long bar (white) and after a short one.
        var inside = w > 150;
        picture.appendChild(svg("text", { x: inside ? left + w - 4 : left + w + 4, y: by + barH - 3,
                                          "text-anchor": inside ? "end" : "start",
                                          "class": "ww-chart-value" + (inside ? " ww-chart-value-in" : "") }, label));
      });
    });
    return picture;
  }

  function overview(all) {
    var head = el("tr", {}, [el("th", { scope: "col" }, "Competentie")].concat(all.map(function (s) {
      return el("th", { scope: "col" }, s.label);
    })));
    var rows = data.competencies.map(function (c, n) {
      return el("tr", {}, [el("th", { scope: "row" }, (n + 1) + ". " + c.name)].concat(averages(c, all).map(function (a) {
        return el("td", {}, number(a));
      })));
    });
    return [el("div", { "class": "ww-report-overview" }, [
      el("div", { "class": "ww-report-chart-box" }, chart(all)),
      el("div", { "class": "ww-table-wrap", role: "region", tabindex: "0",
                  "aria-label": "Gemiddelde per competentie, als tabel" },
        el("table", { "class": "ww-report-table" }, [
          el("caption", {}, "Gemiddelde score per competentie (1 = nog niet, 4 = voorbeeld voor anderen; " +
                            "– = nog niets ingevuld)"),
          el("thead", {}, head), el("tbody", {}, rows)]))])];
  }

  function scoreText(value) {
    return value === undefined ? "–" : (value === 0 ? "n.v.t." : value + " " + levelLabel[value].toLowerCase());
  }

  /* A heading with what follows it, kept on one page in print. */
  function block(title, nodes) {
    return el("div", { "class": "ww-report-keep" }, [el("h4", {}, title)].concat(nodes));
  }

  /* One competency: {lead: the table (printed with the section's heading), rest: the blocks after it}. */
  function competencyReport(c, all) {
    var out = [];
    var answered = c.indicators.filter(function (i) { return state.own.answers[i.key] >= 1; });
    var talks = [];
    var head = el("tr", {}, [el("th", { scope: "col" }, "Gedrag")].concat(all.map(function (s) {
      return el("th", { scope: "col" }, s.label);
    })));
    var rows = c.indicators.map(function (i) {
      var mine = state.own.answers[i.key];
      all.slice(1).forEach(function (s) {
        var theirs = s.answers[i.key];
        if (mine >= 1 && theirs >= 1 && Math.abs(mine - theirs) >= 2) {
          talks.push(i.text + " (zelf " + mine + ", " + s.label + " " + theirs + ")");
        }
      });
      return el("tr", {}, [el("th", { scope: "row" }, i.text)].concat(all.map(function (s) {
        return el("td", {}, scoreText(s.answers[i.key]));
      })));
    });
    var lead = [el("div", { "class": "ww-table-wrap", role: "region", tabindex: "0",
                            "aria-label": "Scores bij " + c.name },
      el("table", { "class": "ww-report-table ww-report-scores" }, [el("caption", {}, "Scores per gedragsvoorbeeld"),
                                                    el("thead", {}, head), el("tbody", {}, rows)]))];
    if (talks.length) {
      out.push(block("Verschillen om over te praten", [
        el("p", {}, "Hier scheelt een beoordeling twee niveaus of meer met die van jezelf:"),
        el("ul", { "class": "ww-report-talks" }, talks.map(function (t) { return el("li", {}, t); }))]));
    }
    var notes = all.filter(function (s) { return s.notes[c.id]; });
    if (notes.length) {
      out.push(block("Notities", notes.map(function (s) {
        return el("p", { "class": "ww-report-note" }, s.label + ": " + s.notes[c.id]);
      })));
    }
    if (!answered.length) {
      out.push(el("p", { "class": "ww-report-empty" }, "Je hebt deze competentie nog niet ingevuld."));
      return { lead: lead, rest: out };
    }
    var scores = answered.map(function (i) { return state.own.answers[i.key]; });
    var high = Math.max.apply(null, scores), low = Math.min.apply(null, scores);
    var strongest = answered.filter(function (i) { return state.own.answers[i.key] === high; });
    var weakest = answered.filter(function (i) { return state.own.answers[i.key] === low; });
    function list(items) {
      return el("ul", {}, items.map(function (i) {
        return el("li", {}, i.text + " (" + scoreText(state.own.answers[i.key]) + ")");
      }));
    }
    var pair = [block("Het sterkst", [list(strongest)])];
    if (low < high) pair.push(block("Het minst sterk", [list(weakest)]));
    out.push(el("div", { "class": "ww-report-pair" }, pair));
    var weakKeys = weakest.map(function (i) { return i.key; });
    var tips = c.tips.filter(function (t) { return t.indicators.some(function (k) { return weakKeys.indexOf(k) >= 0; }); });
    if (!tips.length) tips = c.tips;
    if (tips.length) {
      out.push(block("Ontwikkeltips bij je laagste scores", [el("ul", { "class": "ww-report-tips" }, tips.map(function (t) {
        var sources = t.sources.map(function (s) {
          return /^https?:\/\//.test(s.url) ? el("a", { href: s.url }, s.title) : el("span", {}, s.title);
        });
        var sourceLine = el("span", { "class": "ww-report-tip-source" }, "Bron: ");
        sources.forEach(function (s, n) { if (n) sourceLine.appendChild(document.createTextNode("; ")); sourceLine.appendChild(s); });
        return el("li", {}, [el("strong", {}, t.title), el("br"), t.text + " ", sourceLine]);
      }))]));
    }
    return { lead: lead, rest: out };
  }

  function chosenTarget() {
    return data.targets.filter(function (t) { return t.id === state.own.target; })[0];
  }

  /* "Intern begeleider (competentieprofiel)" is already a kind of profile: say the kind only when the name does not. */
  function targetName(target) {
    return /\(.*\)$/.test(target.label) ? target.label : target.label + " (" + target.kind.toLowerCase() + ")";
  }

  function comparison() {
    var target = chosenTarget();
    if (!target) {
      return [el("p", {}, "Je hebt geen functieprofiel of rol gekozen om mee te vergelijken. Dat kan bij " +
                         "‘Vergelijken met een profiel of rol’.")];
    }
    var weigh = weighing(target, data);
    var ranked = data.competencies.some(function (c) { return weigh[c.id] !== "most"; });
    if (!ranked) {
      return [el("p", {}, targetName(target) + " noemt alle " + data.competencies.length + " competenties en " +
                         "laat ze even zwaar wegen. Een vergelijking zou niets toevoegen aan het overzicht; daarom " +
                         "is ze weggelaten.")];
    }
    var words = { most: "weegt het zwaarst", counts: "telt mee", none: "wordt niet genoemd" };
    var standing = function (avg) {
      return avg === null ? "nog niet ingevuld" : (avg < 3 ? "onder bekwaam" : "bekwaam of hoger");
    };
    var heavy = [], short = [];
    var rows = data.competencies.map(function (c) {
      var avg = average(state.own.answers, c.indicators.map(function (i) { return i.key; }));
      if (weigh[c.id] === "most") heavy.push(c.name + " (jij " + number(avg) + ", " + standing(avg) + ")");
      if (weigh[c.id] !== "none" && avg !== null && avg < 3) short.push(c.name);
      return el("tr", { "class": weigh[c.id] === "most" ? "ww-report-heavy" : "" }, [
        el("th", { scope: "row" }, c.name), el("td", {}, words[weigh[c.id]]), el("td", {}, number(avg)),
        el("td", {}, weigh[c.id] !== "none" && avg !== null && avg < 3 ? "aandachtspunt: " + standing(avg)
                                                                        : standing(avg))]);
    });
    var kind = target.kind.toLowerCase(), the = (kind === "rol" ? "deze " : "dit ") + kind;
    return [
      el("p", {}, "Vergeleken met: " + targetName(target) + ". In " + the + " weegt het zwaarst: " +
                  heavy.join("; ") + "."),
      el("p", {}, short.length ? "Waar " + the + " om vraagt, blijven je scores onder ‘bekwaam’ bij: " +
                                 short.join(", ") + "."
                               : "Nergens waar " + the + " om vraagt, blijven je ingevulde scores onder " +
                                 "‘bekwaam’."),
      el("div", { "class": "ww-table-wrap", role: "region", tabindex: "0", "aria-label": "Vergelijking" },
        el("table", { "class": "ww-report-table" }, [
          el("caption", {}, "Jouw gemiddelde naast het gewicht in " + target.label),
          el("thead", {}, el("tr", {}, ["Competentie", "Gewicht", "Jouw gemiddelde", "Stand"].map(function (h) {
            return el("th", { scope: "col" }, h);
          }))), el("tbody", {}, rows)])),
      el("p", { "class": "ww-report-small" }, "Welke competenties zwaar wegen, volgt uit de gegevens van deze " +
                  "site: de competenties die het profiel of de rol zelf noemt, en bij een profiel ook die van de " +
                  "rollen die erin voorkomen.")];
  }

  function goalsReport() {
    var goals = state.own.goals.filter(function (g) { return g.what || g.how || g.who || g.when; });
    if (!goals.length) return [el("p", {}, "Nog geen ontwikkeldoelen opgeschreven.")];
    return goals.map(function (g, n) {
      return el("div", { "class": "ww-report-goal" }, [el("h4", {}, "Doel " + (n + 1)),
        el("dl", {}, [el("dt", {}, "Wat"), el("dd", {}, g.what || "–"), el("dt", {}, "Hoe"), el("dd", {}, g.how || "–"),
                      el("dt", {}, "Met wie"), el("dd", {}, g.who || "–"), el("dt", {}, "Wanneer"),
                      el("dd", {}, g.when || "–")])]);
    });
  }

  function put(name, nodes, attribute) {
    var box = scan.querySelector("[" + (attribute || "data-report") + '="' + name + '"]');
    box.textContent = "";
    nodes.forEach(function (n) { box.appendChild(n); });
  }

  function renderReport() {
    if (state.mode !== "zelf") return;
    var target = chosenTarget();
    var covers = { raters: ["jezelf"].concat(state.own.raters.map(raterName)).join(", "),
                   target: target ? targetName(target) : "geen profiel of rol gekozen" };
    scan.querySelectorAll("[data-cover-out]").forEach(function (dd) {
      var k = dd.getAttribute("data-cover-out");
      var value = covers[k] || state.own.cover[k] || (k === "date" ? today() : "");
      dd.textContent = k === "date" ? dateNl(value) : (value || "niet ingevuld");
    });
    var all = series();
    put("overzicht", overview(all));
    data.competencies.forEach(function (c) {
      var parts = competencyReport(c, all);
      put(c.id, parts.lead, "data-report-lead");
      put(c.id, parts.rest);
    });
    put("vergelijking", comparison());
    var goals = goalsReport();
    put("doelen", goals.slice(0, 1), "data-report-lead");
    put("doelen", goals.slice(1));
  }

  /* Print: Paged.js (docs/assets/vendor, pinned in package-lock.json; loaded only when someone prints) lays a copy
     of the report out on A4 pages, so the contents can give each section's page; Chromium then prints those pages.
     The copy's ids get a prefix, so the page never holds an id twice. Printing without the button (Ctrl+P) prints
     the report as it is, with page numbers but without them in the contents (scan-print.css). */
  var script = document.currentScript;
  var paged = null;

  function loadPaged() {
    if (root.PagedModule) return Promise.resolve(root.PagedModule);
    return new Promise(function (resolve, reject) {
      var tag = el("script", { src: script.getAttribute("data-paged") });
      tag.onload = function () { resolve(root.PagedModule); };
      tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }

  function printCopy() {
    var copy = $("ww-scan-report").cloneNode(true);
    var prefix = "druk-";
    copy.hidden = false;
    copy.classList.add("ww-report-paged");  // scan-print.css: page numbers in the contents
    copy.querySelectorAll("[id]").forEach(function (node) { node.id = prefix + node.id; });
    copy.id = prefix + copy.id;
    copy.querySelectorAll('a[href^="#"]').forEach(function (a) {
      a.setAttribute("href", "#" + prefix + a.getAttribute("href").slice(1));
    });
    copy.querySelectorAll("[aria-labelledby]").forEach(function (node) {
      node.setAttribute("aria-labelledby", node.getAttribute("aria-labelledby").split(" ").map(function (id) {
        return prefix + id;
      }).join(" "));
    });
    copy.querySelectorAll("[tabindex]").forEach(function (node) { node.removeAttribute("tabindex"); });
    return el("div", {}, copy);  // Paged.js lays out what is inside the element it gets
  }

  function clearPrint() {
    if (paged) {
      paged.box.remove();
      if (paged.previewer.polisher) paged.previewer.polisher.destroy();
      paged = null;
    }
    document.documentElement.classList.remove("ww-paged", "ww-paged-ready");
    ownPrintCss(false);
  }

  /* The page's own print stylesheet (for Ctrl+P) stays out of Paged.js's pages: they bring their own margins. */
  function ownPrintCss(disabled) {
    document.querySelectorAll('link[rel="stylesheet"][media="print"]').forEach(function (link) {
      if (link.getAttribute("href") === script.getAttribute("data-print-css")) link.disabled = disabled;
    });
  }

  function printReport() {
    clearPrint();
    say("ww-scan-print-status", "Het rapport wordt opgemaakt voor A4…");
    loadPaged().then(function (Paged) {
      var box = el("div", { "class": "ww-paged-report", "aria-hidden": "true" });
      box.inert = true;
      document.body.appendChild(box);
      var previewer = new Paged.Previewer();
      paged = { box: box, previewer: previewer };
      document.documentElement.classList.add("ww-paged");
      ownPrintCss(true);
      return previewer.preview(printCopy(), [script.getAttribute("data-print-css")], box).then(function (flow) {
        // The pages are final: Paged.js must not lay them out again when printing resizes them.
        flow.pages.forEach(function (page) { page.removeListeners(); });
        document.documentElement.classList.add("ww-paged-ready");
        say("ww-scan-print-status", "Het rapport is opgemaakt: " + flow.total + " pagina's op A4.");
        root.print();
      });
    }).catch(function () {
      clearPrint();
      say("ww-scan-print-status", "Opmaken lukte niet; het rapport wordt zonder paginanummers in de inhoud " +
          "afgedrukt.", true);
      root.print();
    });
  }
  root.addEventListener("afterprint", function () {
    if (paged) clearPrint();
  });

  /* Events */

  scan.addEventListener("change", function (event) {
    var t = event.target;
    if (t.name === "ww-scan-mode") {
      update(function (s) { s.mode = t.value === "beoordelaar" ? "beoordelaar" : "zelf"; }, ["mode"]);
    } else if (t.type === "radio" && t.closest(".ww-scan-item")) {
      update(function () { current().answers[t.name] = +t.value; }, ["progress"]);
    } else if (t.id === "ww-scan-target") {
      update(function (s) { s.own.target = t.value; });
    } else if (t.getAttribute("data-rater")) {
      update(function (s) { s.rater[t.getAttribute("data-rater")] = t.value; });  // in rater mode: no report
    }
  });
  scan.addEventListener("input", function (event) {
    var t = event.target;
    if (t.hasAttribute("data-note")) {
      update(function () { current().notes[t.getAttribute("data-note")] = t.value.slice(0, MAX_NOTE); });
    } else if (t.hasAttribute("data-cover")) {
      update(function (s) { s.own.cover[t.getAttribute("data-cover")] = t.value; });
    } else if (t.getAttribute("data-rater") === "about") {
      update(function (s) { s.rater.about = t.value; });
    }
  });
  $("ww-scan-form").addEventListener("submit", function (event) { event.preventDefault(); });

  $("ww-scan-add-goal").addEventListener("click", function () {
    update(function (s) { s.own.goals.push({ what: "", how: "", who: "", when: "" }); }, ["goals"]);
    $("ww-scan-goal-" + (state.own.goals.length - 1) + "-what").focus();
  });

  $("ww-scan-print").addEventListener("click", printReport);

  $("ww-scan-import").addEventListener("change", function (event) {
    var input = event.target, file = input.files && input.files[0];
    if (!file) return;
    if (file.size > MAX_FILE) {
      say("ww-scan-import-status", refuse("Dit bestand is te groot voor een beoordeling van de competentiescan.")
        .message, true);
      input.value = "";
      return;
    }
    file.text().then(function (raw) {
      var result = readRaterFile(raw, data);
      input.value = "";
      var added = result.ok ? addRater(state.own.raters, result.rater) : result;
      if (!added.ok) { say("ww-scan-import-status", added.message, true); return; }
      update(function (s) { s.own.raters = added.raters; }, ["raters"]);
      say("ww-scan-import-status", "De beoordeling van " + raterName(result.rater) + " is toegevoegd aan je rapport.");
    });
  });

  $("ww-scan-export").addEventListener("click", function () {
    if (!Object.keys(state.rater.answers).length) {
      say("ww-scan-export-status", "Vul eerst minstens één gedragsvoorbeeld in; een lege beoordeling kan de IB'er " +
          "niet toevoegen.", true);
      return;
    }
    var file = exportFile(state.rater, today());
    var url = URL.createObjectURL(new Blob([file.text], { type: "application/json" }));
    var a = el("a", { href: url, download: file.name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    say("ww-scan-export-status", "Opgeslagen als " + file.name + ". Geef dit bestand aan de ib'er.");
  });

  $("ww-scan-clear").addEventListener("click", function () {
    $("ww-scan-clear-confirm").hidden = false;
    $("ww-scan-clear-no").focus();
  });
  $("ww-scan-clear-no").addEventListener("click", function () {
    $("ww-scan-clear-confirm").hidden = true;
    $("ww-scan-clear").focus();
  });
  $("ww-scan-clear-yes").addEventListener("click", function () {
    Object.keys(KEYS).forEach(function (k) {
      try { root.localStorage.removeItem(KEYS[k]); } catch { /* nothing stored */ }
    });
    state.own = restore(null, data);
    state.rater = restoreRater(null, data);
    state.mode = "zelf";
    $("ww-scan-clear-confirm").hidden = true;
    applyMode();
    renderReport();
    say("ww-scan-clear-status", "Alles is gewist uit deze browser.");
    $("ww-scan-clear").focus();
  });

  applyMode();
  renderReport();
})(typeof window !== "undefined" ? window : globalThis);
