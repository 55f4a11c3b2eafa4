/* IB Wegwijzer search (issue 11): the site's own search box over Pagefind's index, with a layer for how IB'ers
   type: synonyms from data/synonyms/, Dutch word endings and compounds, typo suggestions over the word list the
   build exports, filters for region, theme and type. No dependencies, no requests off the site, no theme internals.
   Every result item carries data-search-result; the input is input[type=search]. */
(function () {
  "use strict";
  var root = document.getElementById("ww-search");
  if (!root || !window.fetch) return;

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
  var SHOWN = 10, CANDIDATES = 20, REGION_KEY = "ww-region";
  var TYPE_BOOST = { Vraag: 3, Route: 3, Partner: 1.6, Pagina: 1 };
  var MAX_BOOST = Math.max.apply(null, Object.keys(TYPE_BOOST).map(function (t) { return TYPE_BOOST[t]; }));
  var STOP = ("de het een en of is in op van voor met naar bij te aan als dat die dit er ook maar om mijn zijn " +
    "haar hij zij ze we wij je jij u ik wat wordt worden heeft hebben hoe waar welke wie kan gaat gaan doet doen " +
    "moet moeten mag").split(" ");

  var searcher = null, loading = null, extra = null, counter = 0, searchCount = 0;
  var workerCode = new URL(root.getAttribute("data-worker"), document.baseURI).href;

  function load() {
    if (!loading) {
      loading = fetch(bundle + "wegwijzer-zoeken.json").then(function (r) { return r.json(); }).then(prepare)
        .then(startSearchers).then(function (started) { searcher = started; }).then(fillFilters);
      loading.catch(function () { loading = null; showError(); });
    }
    return loading;
  }

  // ---- the searcher: Pagefind in a module worker (assets/search-worker.js) ----
  // One index at every size (Pagefind 1.6 scores a word on 12,000 pages in tens of ms); the worker keeps the page
  // free while it does. Without module workers (or when the worker fails to start) the searcher runs on the page.
  function startSearchers() {
    var config = { code: bundle + "pagefind.js", baseUrl: new URL(site).pathname, index: bundle,
                   routes: extra.routes || {} };
    function inPage() {
      return import(workerCode).then(function (module) {
        var searcher = module.createSearcher(config);
        return searcher.ready.then(function () { return searcher; });
      });
    }
    if (typeof Worker === "undefined") return inPage();
    var worker;
    try {
      worker = workerSearcher(config);
    } catch (e) {
      return inPage();
    }
    return worker.ready.then(function () { return worker; }, function () { worker.stop(); return inPage(); });
  }

  function workerSearcher(settings) {
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

  // ---- words: normalizing, Dutch endings, the exported word list ----
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function tokens(text) {
    return fold(text).match(/[0-9a-z]+/g) || [];
  }
  // A light Dutch stem: enough to see that dyslectische, dyslectisch and dyslectici belong together.
  var ENDINGS = ["heden", "ische", "ingen", "tjes", "etje", "ende", "isch", "ing", "tje", "jes", "ers", "en",
    "er", "es", "je", "e", "s", "t"];
  function stem(word) {
    var w = word;
    for (var i = 0; i < ENDINGS.length; i++) {
      var end = ENDINGS[i];
      if (w.length - end.length >= 4 && w.slice(-end.length) === end) { w = w.slice(0, -end.length); break; }
    }
    w = w.replace(/([bdfgklmnprst])\1$/, "$1").replace(/v$/, "f").replace(/z$/, "s");
    return w;
  }

  function prepare(data) {
    var words = data.words ? data.words.split(" ") : [];
    var vocab = { words: words, set: {}, stems: {}, stemmed: [] };
    words.forEach(function (w, i) {
      var f = fold(w);
      vocab.set[f] = i;
      var s = vocab.stemmed[i] = stem(f);
      if (!(s in vocab.stems)) vocab.stems[s] = f;
    });
    var synonyms = {};
    vocab.extra = [];
    data.synonyms.forEach(function (group, g) {
      group.forEach(function (term) {
        if (!(fold(term) in vocab.set)) vocab.extra.push(fold(term));
        var key = tokens(term).join(" ");
        synonyms[key] = g;
        // Inflected forms find the group (spijbelt: spijbelen), but not by a short word's stem (opp: op).
        if (key.indexOf(" ") < 0 && key.length >= 5) synonyms["~" + stem(key)] = g;
      });
    });
    extra = { vocab: vocab, groups: data.synonyms, synonyms: synonyms, regions: data.regions, themes: data.themes,
              routes: data.routes || {} };
  }

  function known(word) {
    var v = extra.vocab;
    return word in v.set || stem(word) in v.stems || completion(word) !== null;
  }

  // A word still being typed (or cut short): the most used indexed word that starts with it.
  function completion(word) {
    var v = extra.vocab;
    if (word.length < 3 || word in v.set) return null;
    for (var i = 0; i < v.words.length; i++) if (v.words[i].lastIndexOf(word, 0) === 0) return v.words[i];
    return null;
  }

  // The searches for one word: itself, its synonyms (a group from data/synonyms/) and its completion.
  // Only words the index holds: Pagefind would quietly search the longest indexed prefix of any other word.
  function alternatives(word) {
    var alts = [], group = synonymGroup(word), done = completion(word);
    [word, done].concat(group >= 0 ? extra.groups[group] : []).forEach(function (term) {
      if (!term || !tokens(term).every(function (w) { return known(w) || /^\d+$/.test(w); })) return;
      // As the pages write it: the query is folded (suicide), the index keeps accents (suïcide).
      // A word known only by its stem (jeugdartz: jeugdarts) is searched as the indexed word: Pagefind would
      // otherwise fall back to its longest indexed prefix (jeugd).
      var v = extra.vocab;
      var written = tokens(term).map(function (w) {
        var indexed = w in v.set ? w : v.stems[stem(w)];
        return indexed === undefined ? w : v.words[v.set[indexed]];
      }).join(" ");
      if (alts.indexOf(written) < 0) alts.push(written);
    });
    return alts;
  }

  function synonymGroup(phrase) {
    var s = extra.synonyms;
    if (phrase in s) return s[phrase];
    if (phrase.indexOf(" ") < 0 && ("~" + stem(phrase)) in s) return s["~" + stem(phrase)];
    return -1;
  }

  // Damerau-Levenshtein distance, stopping early once it exceeds `limit`.
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev2 = null, prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
        cur[j] = d;
        if (d < best) best = d;
      }
      if (best > limit) return limit + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }

  // A short word is only corrected for two swapped letters (tvl: tlv): one other letter makes another word (opa: opp).
  function swapped(a, b) {
    return a.length === b.length && a.split("").sort().join("") === b.split("").sort().join("");
  }

  function closest(word) {
    var limit = word.length < 7 ? 1 : 2, found = null, bestD = limit + 1;
    var v = extra.vocab, short = word.length <= 4;
    for (var i = 0; i < v.words.length; i++) {
      var w = v.words[i];
      if (w.length < 3 || (short && !swapped(word, w))) continue;
      var d = distance(word, w, Math.min(limit, bestD));
      // Two letters off and another first letter is another word (dochter: achter), not a typo.
      if (d === 2 && w.charAt(0) !== word.charAt(0)) continue;
      // The word list comes most used first: of two equally close words the more common one wins.
      if (d < bestD) {
        found = w; bestD = d;
      }
    }
    // Misspelt synonyms too (suïcide as suicide is folded already; tlv as tvl is not).
    for (var j = 0; j < v.extra.length; j++) {
      var e = v.extra[j];
      if (short && !swapped(word, e)) continue;
      if (e.length >= 3 && distance(word, e, Math.min(limit, bestD - 1)) < bestD) { found = e; bestD = distance(word, e, limit); }
    }
    return bestD <= limit ? found : null;
  }

  // A compound the data writes apart: zelfmoordgedachten = zelfmoord + gedachten.
  function split(word) {
    for (var i = word.length - 3; i >= 3; i--) {
      var head = word.slice(0, i), tail = word.slice(i);
      if (!(head in extra.vocab.set) && synonymGroup(head) < 0) continue;
      if (known(tail) || synonymGroup(tail) >= 0) return [head, tail];
      if (/^(s|e|en)/.test(tail)) {
        var rest = tail.replace(/^(en|e|s)/, "");
        if (rest.length >= 3 && known(rest)) return [head, rest];
      }
    }
    return null;
  }

  // A word the pages only use as the end of a longer word (fysiotherapie: kinderfysiotherapie, a kind of
  // fysiotherapie): the most used of those. Not for short words, which end too many others.
  function compound(word) {
    if (word.length < 6) return null;
    var v = extra.vocab, s = stem(word);
    for (var i = 0; i < v.words.length; i++) {
      var w = v.stemmed[i];
      if (w.length >= s.length + 3 && w.slice(-s.length) === s) return v.words[i];
    }
    return null;
  }

  // ---- the plan: which searches to run for a query, and what to tell the reader ----
  function plan(query) {
    var words = tokens(query), slots = [], unknown = [], corrected = [];
    var i = 0;
    while (i < words.length) {
      var taken = 1, group = -1;
      for (var n = Math.min(4, words.length - i); n >= 1; n--) {
        group = synonymGroup(words.slice(i, i + n).join(" "));
        if (group >= 0) { taken = n; break; }
      }
      var phrase = words.slice(i, i + taken).join(" ");
      i += taken;
      var alts = alternatives(phrase);
      if (group >= 0 && alts.length) { slots.push({ word: phrase, alts: alts }); continue; }
      if (STOP.indexOf(phrase) >= 0) continue;
      if (alts.length) { slots.push({ word: phrase, alts: alts }); continue; }
      // One letter off an indexed word is a typo before it is a compound (huislijk: huiselijk, not huis + lijk).
      var better = closest(phrase);
      var parts = better && distance(phrase, better, 1) <= 1 ? null : split(phrase);
      if (parts) {
        parts.forEach(function (part) {
          var found = alternatives(part);
          if (found.length) slots.push({ word: part, alts: found });
        });
        continue;
      }
      var whole = compound(phrase);
      if (whole) { slots.push({ word: phrase, alts: alternatives(fold(whole)) }); continue; }
      if (better) {
        corrected.push([phrase, better]);
        slots.push({ word: better, alts: alternatives(better) });
      } else {
        unknown.push(phrase);
      }
    }
    return { slots: slots, unknown: unknown, corrected: corrected };
  }

  function activeFilters() {
    var filters = {};
    selects.forEach(function (select) { if (select.value) filters[select.getAttribute("data-filter")] = select.value; });
    return filters;
  }

  // The searcher ranks the pages (assets/search-worker.js: per word of the query the best of its alternatives, pages
  // that match more words first) and hands over its CANDIDATES best; here they are weighed by type (vraag first,
  // then partner, then the rest), which only a page's data tells.
  // Whole indexed words are searched before cut-short ones (vraa: vraag first), so that while someone types on, the
  // searcher has the word they are most likely typing ready.
  function search(query) {
    var p = plan(query), jobs = [], id = ++searchCount, v = extra.vocab;
    if (!p.slots.length) return Promise.resolve({ plan: p, results: [] });
    p.slots.forEach(function (slot, index) {
      slot.alts.slice(0, 6).forEach(function (alt, n) {
        // A term of more words (nieuwe partner) counts fully where a page has it as a phrase, half where its words
        // stand apart, as they do almost everywhere (search-worker.js).
        jobs.push({ term: alt, slot: index, weight: n === 0 ? 1 : 0.85, phrase: alt.indexOf(" ") > 0 });
      });
    });
    function cut(job) { return tokens(job.term).every(function (w) { return w in v.set; }) ? 0 : 1; }
    jobs.sort(function (a, b) { return cut(a) - cut(b); });
    if (p.slots.length > 1) {
      jobs.push({ term: p.slots.map(function (s) { return s.word; }).join(" "), slot: "all", weight: 1 });
    }
    // A page that has the words exactly as typed (a keyword such as "ouders werken niet mee") counts once more.
    if (tokens(query).length > 1) {
      jobs.push({ term: "\"" + tokens(query).join(" ") + "\"", slot: "phrase", weight: 1 });
    }
    var request = { id: id, jobs: jobs, filters: activeFilters(), keep: CANDIDATES, prefetch: SHOWN };
    return searcher.rank(request).then(function (ranked) {
      var top = ranked.top, total = ranked.total;
      // The data of the SHOWN best first; of the other candidates only those whose type could still lift them
      // among the shown (a partner ×1.6 or a question ×3 above a page), so mostly ten pages are fetched, not 20.
      return pageData(id, top.slice(0, SHOWN)).then(function (results) {
        var lowest = Math.min.apply(null, results.map(function (r) { return r.score; }));
        var lifted = top.slice(SHOWN).filter(function (page) { return page.rank * MAX_BOOST > lowest; });
        return (lifted.length ? pageData(id, lifted) : Promise.resolve([])).then(function (more) {
          var all = byQuestion(results.concat(more), request.filters.regio || "");
          all.sort(function (a, b) { return b.score - a.score; });
          return { plan: p, results: all.slice(0, SHOWN), total: total };
        });
      });
    });
  }

  // Title, address, excerpt and type of ranked pages; scored by type.
  function pageData(id, pages) {
    if (!pages.length) return Promise.resolve([]);
    return searcher.data({ id: id, ids: pages.map(function (page) { return page.id; }) }).then(function (datas) {
      return pages.map(function (page, i) {
        var data = datas[i], type = (data.meta && data.meta.type) || "Pagina";
        return { data: data, type: type, score: page.rank * (TYPE_BOOST[type] || 1) };
      });
    });
  }

  // One result per question, however many regions have a route for it: a route page (/wegwijzer/<q>/<region>/)
  // holds what only that region's route says, so its words count for the question. The reader who chose her region
  // gets her own route (the search's region filter already left out the others); anyone else gets the question's
  // page, which leads to every region's route, with the excerpt of the route that matched and that region named.
  // The question's score is its best match plus half of its other one (its page and its routes, best of each):
  // a question whose page has one word of the query and whose route the other covers the query as a whole.
  function byQuestion(results, region) {
    var best = {}, parts = {};
    results.forEach(function (r) {
      var url = r.data.url, key = url;
      if (r.type === "Route") {
        key = url.replace(/[^\/]+\/$/, "");
        if (!region) {
          var title = (r.data.meta && r.data.meta.title) || "", cut = title.lastIndexOf(" – ");
          var where = cut > 0 ? title.slice(cut + 3) : "";
          r = { type: "Vraag", score: r.score, data: {
            url: key, excerpt: r.data.excerpt, place: where,
            meta: { title: cut > 0 ? title.slice(0, cut) : title, type: "Vraag" } } };
        }
      }
      var part = parts[key] || (parts[key] = { page: 0, route: 0 }), side = key === url ? "page" : "route";
      part[side] = Math.max(part[side], r.score);
      var held = best[key];
      best[key] = held ? preferred(held, r, region) : r;
    });
    return Object.keys(best).map(function (key) {  // addresses keep the order they came in
      var part = parts[key], hi = Math.max(part.page, part.route), lo = Math.min(part.page, part.route);
      return { type: best[key].type, data: best[key].data, score: hi + lo / 2 };
    });
  }

  // Which of two results for one question is shown (the best score counts either way): with a region chosen her
  // route, else the question's own page (its excerpt holds everywhere); between equals the better score.
  function preferred(a, b, region) {
    var aFirst = region ? a.type === "Route" : a.data.place === undefined;
    var bFirst = region ? b.type === "Route" : b.data.place === undefined;
    if (aFirst !== bFirst) return aFirst ? a : b;
    return b.score > a.score ? b : a;
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
      var fixed = tokens(query).map(function (w) {
        var hit = p.corrected.filter(function (c) { return c[0] === w; })[0];
        return hit ? hit[1] : w;
      }).join(" ");
      var line = el("p", { "class": "ww-search__didyoumean" }, "Bedoel je: ");
      line.appendChild(suggestionButton(fixed));
      line.appendChild(document.createTextNode("?"));
      help.appendChild(line);
    }
    if (outcome.results.length < 3) {
      var themes = el("div", { "class": "ww-search__themes" });
      themes.appendChild(el("p", {}, "Zoek per thema:"));
      var ul = el("ul");
      extra.themes.filter(function (t) { return t.questions; }).forEach(function (t) {
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
    extra.regions.forEach(function (r) { regio.appendChild(el("option", { value: r.id }, r.name)); });
    extra.themes.forEach(function (t) { thema.appendChild(el("option", { value: t.name }, t.name)); });
    var chosen = null;
    try { chosen = window.localStorage.getItem(REGION_KEY); } catch (e) { chosen = null; }
    if (chosen && extra.regions.some(function (r) { return r.id === chosen; })) regio.value = chosen;
  }

  // While the reader types, the searcher already searches each word so far (as Pagefind's own debouncedSearch
  // already fetches its index chunks): a whole word as it is, a word cut short (from three letters on) as the most
  // used word it starts, which the search tries first. The search after the last key then finds it done.
  function warm(query) {
    if (!searcher) return;
    var filters = activeFilters(), v = extra.vocab;
    tokens(query).forEach(function (typed) {
      // As the index writes it (suïcide): the completion already is; a whole typed word is looked up.
      var term = typed in v.set ? v.words[v.set[typed]] : completion(typed);
      if (!term || STOP.indexOf(typed) >= 0) return;
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
    try { history.replaceState(history.state, "", url.href); } catch (e) { /* a file: page: not remembered */ }
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
})();
