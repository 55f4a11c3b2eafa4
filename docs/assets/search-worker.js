/* IB Wegwijzer search (issues 11, 21): the part that runs Pagefind. search.js starts this as a module worker, so
   that the page stays free while Pagefind scores; without module workers, search.js imports this file and runs the
   searcher on the page. Only the best pages of a search leave the worker, never the thousands of matches of a common
   word. */

var KEPT = 8;
// Partners of one region that stay among the candidates of a reader who has not chosen her municipality.
export var REGIONAL_KEPT = 5;

// One searcher over the bundle `config.index`.
export function createSearcher(config) {
  var engine = null, newest = 0, rankings = [], found = [], regionalIds = null;
  var settings = { baseUrl: config.baseUrl, excerptLength: 24 };
  var ready = import(config.code).then(function (pagefind) {
    engine = pagefind;
    // Pagefind on this thread itself: its own worker would send every match of a common word back to us.
    return pagefind.options(Object.assign({ basePath: config.index, noWorker: true }, settings));
  }).then(function () {
    return engine.init ? engine.init() : null;
  });

  // Pagefind's results for one term and filters, as a promise; the last few used are kept, since the search after
  // the last key repeats the words that were warmed up or searched while someone typed.
  function searchTerm(term, filters) {
    var key = term + "\u0000" + JSON.stringify(filters);
    var hit = found.filter(function (f) { return f.key === key; })[0];
    var results = hit ? hit.results :
      engine.search(term, { filters: filters }).then(function (answer) { return answer.results; });
    found = found.filter(function (f) { return f.key !== key; }).concat([{ key: key, results: results }]).slice(-KEPT);
    if (hit) return results;
    results.catch(function () { found = found.filter(function (f) { return f.key !== key; }); });
    return results;
  }

  // The words of a term (nieuwe partner) scored as Pagefind scores them, but a page that has them apart, not as the
  // phrase, at half its score: words like these are found almost everywhere. (Pagefind scores a phrase match 1 on
  // every page, so the phrase search itself only tells which pages have it.)
  function searchPhrase(term, filters) {
    return Promise.all([searchTerm("\"" + term + "\"", filters), searchTerm(term, filters)]).then(function (both) {
      var have = new Set(both[0].map(function (r) { return r.id; }));
      return both[1].map(function (r) {
        return have.has(r.id) ? r : { id: r.id, score: r.score / 2, data: function () { return r.data(); } };
      }).sort(function (a, b) { return b.score - a.score; });
    });
  }

  // Every page gets, per word of the query, its best score among that word's searches (the word, its synonyms,
  // its correction; `job.slot`); its rank is the sum of those times their number: pages that match more words of
  // the query come first. The `keep` best, in order (ties in the order found).
  // The jobs run one after another: once a newer query came in, the rest of an older one is skipped.
  function rank(request) {
    newest = Math.max(newest, request.id);
    var lists = [], run = ready;
    function current() {
      if (request.id < newest) throw new Error("superseded search");
    }
    request.jobs.forEach(function (job) {
      run = run.then(function () {
        current();
        return job.phrase ? searchPhrase(job.term, request.filters) : searchTerm(job.term, request.filters);
      }).then(function (results) {
        lists.push({ job: job, results: results });
      });
    });
    // Without a region chosen, Pagefind's list of the partners that serve one region only (filter bereik:regio),
    // asked once: at most REGIONAL_KEPT of them stay among the candidates.
    var regional = request.filters.regio ? Promise.resolve(null) : ready.then(regionalPartners);
    return run.then(function () { return regional; }).then(function (only) {
      current();
      var ranked = best(lists, request.keep, only), records = {};
      ranked.top.forEach(function (page) { records[page.record.id] = page.record; });
      rankings = rankings.concat([{ id: request.id, records: records }]).slice(-4);
      prefetch(ranked.top.map(function (page) { return page.record; }), request.prefetch);
      var top = ranked.top.map(function (page) {
        var entry = { id: page.record.id, rank: page.rank };
        if (only && only.has(entry.id)) entry.regional = true;  // search-query.js shows the best few of these
        return entry;
      });
      return { top: top, total: ranked.total, folded: ranked.folded };
    });
  }

  // The `keep` best pages, one route page per question at most: config.routes names the question of each route
  // page (/wegwijzer/<question>/<region>/, one per region), so that at 76 regions the routes of one question do
  // not fill every place (search.js folds the one kept into its question).
  function picker(keep) {
    var routes = config.routes || {}, top = [], held = {};
    return {
      top: top,
      offer: function (record, value) {
        var group = routes[record.id], prior = group === undefined ? null : held[group];
        if (prior && prior.rank >= value) return;
        if (top.length === keep && value <= top[keep - 1].rank) return;
        if (prior) top.splice(top.indexOf(prior), 1);
        var entry = { record: record, rank: value }, place = top.length;
        while (place > 0 && top[place - 1].rank < value) place--;
        top.splice(place, 0, entry);
        if (group !== undefined) held[group] = entry;
        if (top.length > keep) {
          var dropped = top.pop(), lost = routes[dropped.record.id];
          if (lost !== undefined && held[lost] === dropped) delete held[lost];
        }
      }
    };
  }

  // The ids of the partners that serve one region only, once per searcher.
  function regionalPartners() {
    if (!regionalIds) {
      regionalIds = engine.search(null, { filters: { bereik: "regio" } }).then(function (answer) {
        return new Set(answer.results.map(function (r) { return r.id; }));
      });
      regionalIds.catch(function () { regionalIds = null; });
    }
    return regionalIds;
  }

  // The `keep` best pages of the jobs' results, how many pages matched, and how many regional partners were left
  // out: when `regional` (a set of ids) is given, at most REGIONAL_KEPT of those are kept, so that the same kind of
  // organisation in 76 regions does not fill the list of someone who has not chosen her municipality.
  function best(lists, keep, regional) {
    var main = picker(keep), local = picker(REGIONAL_KEPT), seen = 0;
    function offer(record, value) {
      if (regional && regional.has(record.id)) { seen++; local.offer(record, value); } else main.offer(record, value);
    }
    function merged(total) {
      var top = main.top;
      if (regional) {
        top = top.concat(local.top).sort(function (a, b) { return b.rank - a.rank; }).slice(0, keep);
      }
      return { top: top, total: total, folded: regional ? Math.max(0, seen - local.top.length) : 0 };
    }
    var only = lists.length === 1 && lists[0].results;
    if (only && only.every(function (r, i) { return i === 0 || only[i - 1].score >= r.score; })) {
      // One search: Pagefind's own order (best first, ties in the order found); a regional partner is still
      // counted past the point where it can no longer be kept.
      var weight = lists[0].job.weight;
      for (var n = 0; n < only.length; n++) {
        var value = only[n].score * weight, full = main.top.length === keep && value <= main.top[keep - 1].rank;
        if (full && !regional) break;
        if (full && !regional.has(only[n].id)) continue;
        offer(only[n], value);
      }
      return merged(only.length);
    }
    var slots = [], at = new Map(), records = [], size = 0;
    lists.forEach(function (list) {
      if (slots.indexOf(list.job.slot) < 0) slots.push(list.job.slot);
      size += list.results.length;
    });
    var width = slots.length, scores = new Float64Array(size * width).fill(-1);
    lists.forEach(function (list) {
      var slot = slots.indexOf(list.job.slot), weight = list.job.weight;
      list.results.forEach(function (r) {
        var i = at.get(r.id);
        if (i === undefined) { i = records.length; at.set(r.id, i); records.push(r); }
        var k = i * width + slot, value = r.score * weight;
        if (scores[k] < value) scores[k] = value;
      });
    });
    for (var i = 0; i < records.length; i++) {
      var total = 0, hits = 0;
      for (var j = i * width; j < (i + 1) * width; j++) if (scores[j] >= 0) { total += scores[j]; hits++; }
      offer(records[i], total * hits);
    }
    return merged(records.length);
  }

  // Fetch the data of the first `count` pages now (Pagefind keeps a page's data once loaded): they are the ones
  // most likely shown.
  function prefetch(records, count) {
    records.slice(0, count).forEach(function (r) { r.data().catch(function () { /* asked again when shown */ }); });
  }

  // Title, address, excerpt and meta of pages from one of the last rankings (`request.id`).
  function data(request) {
    var ranking = rankings.filter(function (k) { return k.id === request.id; })[0];
    if (!ranking) return Promise.reject(new Error("superseded search"));
    return Promise.all(request.ids.map(function (id) {
      return ranking.records[id].data().then(function (d) { return { url: d.url, excerpt: d.excerpt, meta: d.meta }; });
    }));
  }

  // While someone types: search the word they are most likely typing (search.js picks it) and fetch the data of its
  // best pages, so that the search after their last key finds it done. Nothing is sent back.
  function warm(request) {
    return ready.then(function () { return searchTerm(request.term, request.filters); }).then(function (results) {
      prefetch(results, request.prefetch);
      return null;
    });
  }

  return { ready: ready, rank: rank, data: data, warm: warm };
}

// As a worker: one searcher, driven by messages { id, call, args } and answered with { id, value } or { id, error }.
if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
  var searcher = null;
  self.onmessage = function (event) {
    var message = event.data, answer;
    if (message.call === "start") {
      searcher = createSearcher(message.args);
      answer = searcher.ready;
    } else {
      answer = searcher[message.call](message.args);
    }
    answer.then(function (value) { self.postMessage({ id: message.id, value: value === undefined ? null : value }); },
      function (error) { self.postMessage({ id: message.id, error: String(error) }); });
  };
}
