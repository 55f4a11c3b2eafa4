/* IB Wegwijzer search (issue 11): the site's own search box over Pagefind's index, with a layer for how IB'ers
   type: synonyms from data/synonyms/, Dutch word endings and compounds, typo suggestions over the word list the
   build exports, filters for region, theme and type. No dependencies, no requests off the site, no theme internals.
   Every result item carries data-search-result; the input is input[type=search].
   This module wires the search box to the DOM and to the searcher (assets/search-worker.js); the query rules and
   the ranking are pure functions in assets/search-query.js. */
import { correctedQuery, leftOut, liftable, named, plan, prepare, scored, searchJobs, tokens, topResults, warmTerm }
  from "./search-query.js";

var SHOWN = 10, CANDIDATES = 20, REGION_KEY = "ww-region";

// ---- the searcher: Pagefind in a module worker (assets/search-worker.js) ----
// One index at every size (Pagefind 1.6 scores a word on 12,000 pages in tens of ms); the worker keeps the page
// free while it does. Without module workers (or when the worker fails to start) the searcher runs on the page.
function startSearchers(workerCode, config) {
  function inPage() {
    return import(workerCode).then(function (module) {
      var searcher = module.createSearcher(config);
      return searcher.ready.then(function () { return searcher; });
    });
  }
  if (typeof Worker === "undefined") return inPage();
  var worker;
  try {
    worker = workerSearcher(workerCode, config);
  } catch {
    return inPage();
  }
  return worker.ready.then(function () { return worker; }, function () { worker.stop(); return inPage(); });
}

function workerSearcher(workerCode, settings) {
  var worker = new Worker(workerCode, { type: "module" }), pending = {}, next = 0;
  function call(name, args) {
    return new Promise(function (resolve, reject) {
      var id = ++next;
      pending[id] = { resolve: resolve, reject: reject };
      worker.postMessage({ id: id, call: name, args: args });
    });
  }
  function failAll(error) {
    Object.keys(pending).forEach(function (id) { pending[id].reject(error); });
    pending = {};
  }
  worker.addEventListener("message", function (event) {
    var answer = event.data, waiting = pending[answer.id];
    if (!waiting) return;
    delete pending[answer.id];
    if ("error" in answer) waiting.reject(new Error(answer.error)); else waiting.resolve(answer.value);
  });
  worker.addEventListener("error", function (event) { event.preventDefault(); failAll(new Error("worker failed")); });
  return {
    ready: call("start", settings),
    rank: function (request) { return call("rank", request); },
    data: function (request) { return call("data", request); },
    warm: function (request) { return call("warm", request); },
    stop: function () { failAll(new Error("stopped")); worker.terminate(); }
  };
}

// The search box: its elements, the searcher and the site's vocabulary once loaded, and the reader's keys.
function searchBox(root) {
  var bundle = new URL(root.getAttribute("data-bundle"), document.baseURI).href;
  var site = new URL(root.getAttribute("data-site") || "./", document.baseURI).href;
  var input = document.getElementById("ww-search-input");
  var openButton = root.querySelector(".ww-search__open");
  var closeButton = root.querySelector(".ww-search__close");
  var panel = document.getElementById("ww-search-panel");
  var status = document.getElementById("ww-search-status");
  var list = document.getElementById("ww-search-results");
  var help = document.getElementById("ww-search-help");
  var selects = Array.prototype.slice.call(root.querySelectorAll("select[data-filter]"));

  // index: the vocabulary of the query rules (search-query.js) and the filters' regions and themes.
  var searcher = null, loading = null, index = null, counter = 0, searchCount = 0;
  var workerCode = new URL(root.getAttribute("data-worker"), document.baseURI).href;

  function load() {
    if (!loading) {
      loading = fetch(bundle + "wegwijzer-zoeken.json").then(function (r) { return r.json(); }).then(function (data) {
        index = { vocabulary: prepare(data), regions: data.regions, themes: data.themes, routes: data.routes || {} };
        return startSearchers(workerCode, { code: bundle + "pagefind.js", baseUrl: new URL(site).pathname,
                                            index: bundle, routes: index.routes });
      }).then(function (started) { searcher = started; }).then(fillFilters);
      loading.catch(function () { loading = null; showError(); });
    }
    return loading;
  }

  function activeFilters() {
    var filters = {};
    selects.forEach(function (select) { if (select.value) filters[select.getAttribute("data-filter")] = select.value; });
    return filters;
  }

  // The searcher ranks the pages by the plan's searches (search-query.js, searchJobs) and hands over its
  // CANDIDATES best; here they are weighed by type (vraag first, then partner, then the rest) and by the query's
  // words in their titles, which only a page's data tells.
  function search(query) {
    var p = plan(index.vocabulary, query), id = ++searchCount;
    if (!p.slots.length) return Promise.resolve({ plan: p, results: [] });
    var request = { id: id, jobs: searchJobs(index.vocabulary, query, p), filters: activeFilters(), keep: CANDIDATES,
                    prefetch: SHOWN };
    return searcher.rank(request).then(function (ranked) {
      var top = ranked.top, total = ranked.total;
      // The data of the SHOWN best first; of the other candidates only those whose type and title could still lift
      // them among the shown, so mostly ten pages are fetched, not 20.
      return pageData(id, top.slice(0, SHOWN)).then(function (first) {
        var results = named(first, p), lifted = liftable(top.slice(SHOWN), results);
        return (lifted.length ? pageData(id, lifted) : Promise.resolve([])).then(function (more) {
          var candidates = results.concat(named(more, p)), shown = topResults(candidates, request.filters.regio || "", SHOWN);
          return { plan: p, results: shown, total: total, folded: leftOut(candidates, shown, ranked.folded || 0) };
        });
      });
    });
  }

  // Title, address, excerpt and type of ranked pages; scored by type.
  function pageData(id, pages) {
    if (!pages.length) return Promise.resolve([]);
    return searcher.data({ id: id, ids: pages.map(function (page) { return page.id; }) }).then(function (datas) {
      return pages.map(function (page, i) { return scored(page, datas[i]); });
    });
  }

  // ---- showing results ----
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text != null) node.textContent = text;
    return node;
  }

  // Pagefind's excerpt is HTML with <mark>: keep only its text and the marks.
  function excerpt(html) {
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html"), out = el("p", { "class": "ww-search__excerpt" });
    Array.prototype.forEach.call(doc.body.firstChild ? doc.body.firstChild.childNodes : [], function (node) {
      if (node.nodeType === 3) out.appendChild(document.createTextNode(node.textContent));
      else if (node.nodeName === "MARK") out.appendChild(el("mark", {}, node.textContent));
      else out.appendChild(document.createTextNode(node.textContent));
    });
    return out;
  }

  function telHref(phone) {
    var digits = phone.replace(/[^0-9+]/g, "");
    return digits ? "tel:" + digits : null;
  }

  function item(result) {
    var data = result.data, li = el("li", { "class": "ww-search__result", "data-search-result": result.type });
    var a = el("a", { href: data.url, "class": "ww-search__link" });
    a.appendChild(el("span", { "class": "ww-search__type ww-search__type--" + result.type.toLowerCase() }, result.type));
    a.appendChild(document.createTextNode(" "));
    a.appendChild(el("span", { "class": "ww-search__title" }, (data.meta && data.meta.title) || data.url));
    li.appendChild(a);
    var quote = excerpt(data.excerpt || "");
    if (data.place) quote.insertBefore(el("span", { "class": "ww-search__place" }, "In de route van " + data.place + ": "),
      quote.firstChild);
    li.appendChild(quote);
    var phone = data.meta && data.meta.telefoon, href = phone && telHref(phone);
    if (href) {
      var p = el("p", { "class": "ww-search__phone" }, "Bel ");
      p.appendChild(el("a", { href: href }, phone));
      li.appendChild(p);
    }
    return li;
  }

  function issueLink(query) {
    var base = root.getAttribute("data-issue");
    if (!base) return null;
    var url = base + (base.indexOf("?") < 0 ? "?" : "&") + "title=" + encodeURIComponent("Vraag ontbreekt: " + query) +
      "&zoekopdracht=" + encodeURIComponent(query);
    return el("a", { href: url, "class": "ww-search__issue" }, "Vraag ontbreekt? Meld het ons");
  }

  function suggestionButton(text) {
    var b = el("button", { type: "button", "class": "ww-search__suggestion" }, text);
    b.addEventListener("click", function () { input.value = text; input.focus(); update(); });
    return b;
  }

  function showHelp(query, outcome) {
    help.textContent = "";
    var p = outcome.plan;
    if (p.corrected.length) {
      var fixed = correctedQuery(query, p);
      var line = el("p", { "class": "ww-search__didyoumean" }, "Bedoel je: ");
      line.appendChild(suggestionButton(fixed));
      line.appendChild(document.createTextNode("?"));
      help.appendChild(line);
    }
    if (outcome.results.length < 3) {
      var themes = el("div", { "class": "ww-search__themes" });
      themes.appendChild(el("p", {}, "Zoek per thema:"));
      var ul = el("ul");
      index.themes.filter(function (t) { return t.questions; }).forEach(function (t) {
        var li = el("li");
        li.appendChild(el("a", { href: site + "wegwijzer/#thema-" + t.id }, t.name));
        ul.appendChild(li);
      });
      themes.appendChild(ul);
      help.appendChild(themes);
    }
    var link = issueLink(query);
    if (link) { var last = el("p"); last.appendChild(link); help.appendChild(last); }
  }

  function describe(query, outcome) {
    var p = outcome.plan, parts = [];
    var n = outcome.results.length;
    parts.push(n === 0 ? "Geen resultaten voor ‘" + query + "’." :
      (outcome.total > n ? "De " + n + " beste van " + outcome.total + " resultaten" : n + (n === 1 ? " resultaat" : " resultaten")) + " voor ‘" + query + "’.");
    if (p.unknown.length) parts.push("Niet gevonden: " + p.unknown.map(function (w) { return "‘" + w + "’"; }).join(", ") + ".");
    if (p.corrected.length) parts.push("Gezocht met " + p.corrected.map(function (c) { return "‘" + c[1] + "’ in plaats van ‘" + c[0] + "’"; }).join(", ") + ".");
    var filters = activeFilters();
    if (Object.keys(filters).length) parts.push("Filters staan aan.");
    // The searcher kept only the best few organisations that work in one region (search-worker.js).
    if (outcome.folded) parts.push("Organisaties uit één regio: alleen de beste staan hier. Kies bovenaan je gemeente" +
      " om die bij jouw school te zien.");
    return parts.join(" ");
  }

  function showError() {
    status.textContent = "Zoeken lukt nu niet. Probeer het later opnieuw, of kies een thema in de wegwijzer.";
  }

  function update() {
    var query = input.value.trim(), mine = ++counter;
    if (!query) {
      remember("");
      list.textContent = ""; help.textContent = ""; status.textContent = "Typ een woord, bijvoorbeeld spijbelen, TLV of hoofdluis.";
      root.removeAttribute("data-search-state");
      return;
    }
    root.setAttribute("data-search-state", "busy");
    load().then(function () { return search(query); }).then(function (outcome) {
      if (mine !== counter) return;
      list.textContent = "";
      outcome.results.forEach(function (r) { list.appendChild(item(r)); });
      status.textContent = describe(query, outcome);
      showHelp(query, outcome);
      root.setAttribute("data-search-state", outcome.results.length ? "results" : "empty");
      remember(query);
      root.setAttribute("data-search-shown", query);
    }, function () { if (mine === counter) { showError(); root.setAttribute("data-search-state", "error"); } });
  }

  function fillFilters() {
    var regio = document.getElementById("ww-search-regio"), thema = document.getElementById("ww-search-thema");
    if (regio.options.length > 1) return;
    index.regions.forEach(function (r) { regio.appendChild(el("option", { value: r.id }, r.name)); });
    index.themes.forEach(function (t) { thema.appendChild(el("option", { value: t.name }, t.name)); });
    var chosen = null;
    try { chosen = window.localStorage.getItem(REGION_KEY); } catch { chosen = null; }
    if (chosen && index.regions.some(function (r) { return r.id === chosen; })) regio.value = chosen;
  }

  // While the reader types, the searcher already searches each word so far (as Pagefind's own debouncedSearch
  // already fetches its index chunks): a whole word as it is, a word cut short (from three letters on) as the most
  // used word it starts, which the search tries first. The search after the last key then finds it done.
  function warm(query) {
    if (!searcher) return;
    var filters = activeFilters();
    tokens(query).forEach(function (typed) {
      // As the index writes it (suïcide): the completion already is; a whole typed word is looked up.
      var term = warmTerm(index.vocabulary, typed);
      if (!term) return;
      searcher.warm({ term: term, filters: filters, prefetch: SHOWN }).catch(function () { /* the search tells */ });
    });
  }

  // ---- the query in the address (?q=): Back after opening a result, and a shared link, open with its results ----
  // Replaced, never pushed: typing adds no history entries; the entry Back returns to holds the last query shown.
  var PARAM = "q";
  function remember(query) {
    if (!window.history || !history.replaceState) return;
    var url = new URL(window.location.href);
    if ((url.searchParams.get(PARAM) || "") === query) return;
    if (query) url.searchParams.set(PARAM, query); else url.searchParams.delete(PARAM);
    try { history.replaceState(history.state, "", url.href); } catch { /* a file: page: not remembered */ }
  }
  function restoreQuery() {
    var query = new URL(window.location.href).searchParams.get(PARAM);
    if (!query || input.value.trim() === query.trim()) return;
    input.value = query;
    open();
    update();
  }

  // ---- opening, closing, keys ----
  var timer = null;
  function open() {
    root.classList.add("ww-search--open");
    openButton.setAttribute("aria-expanded", "true");
    panel.hidden = false;
    if (!input.value) update();
    load();
  }
  function close(restore) {
    remember("");
    root.classList.remove("ww-search--open");
    openButton.setAttribute("aria-expanded", "false");
    panel.hidden = true;
    if (restore) (window.matchMedia("(max-width: 59.984375em)").matches ? openButton : input).focus();
  }

  root.hidden = false;
  openButton.addEventListener("click", function () { open(); input.focus(); });
  closeButton.addEventListener("click", function () { close(true); });
  input.addEventListener("focus", open);
  input.addEventListener("input", function () {
    // The search waits for a pause of 30 ms (fast typing and pasting search once); the word being typed is warmed
    // up at once.
    warm(input.value);
    clearTimeout(timer);
    timer = setTimeout(update, 30);
  });
  root.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) first.focus();
  });
  selects.forEach(function (select) { select.addEventListener("change", update); });

  function links() { return Array.prototype.slice.call(list.querySelectorAll(".ww-search__link")); }
  root.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { event.preventDefault(); close(true); return; }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    var all = links(), at = all.indexOf(document.activeElement);
    if (event.target === input && event.key === "ArrowDown" && all.length) { event.preventDefault(); all[0].focus(); return; }
    if (at < 0) return;
    event.preventDefault();
    if (event.key === "ArrowDown" && at + 1 < all.length) all[at + 1].focus();
    else if (event.key === "ArrowUp") (at > 0 ? all[at - 1] : input).focus();
  });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key !== "/" && event.key !== "s" && event.key !== "S") return;
    var target = event.target, tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
    event.preventDefault();
    open();
    input.focus();
  });
  document.addEventListener("click", function (event) {
    if (root.classList.contains("ww-search--open") && !root.contains(event.target)) close(false);
  });
  restoreQuery();
  // Back into a page the browser kept whole (its back/forward cache): the results are still there; a page it did not
  // keep loads again and restoreQuery() above fills the box.
  window.addEventListener("pageshow", function (event) { if (event.persisted) restoreQuery(); });
}

var box = document.getElementById("ww-search");
if (box && window.fetch) searchBox(box);
