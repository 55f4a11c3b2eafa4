/* IB Wegwijzer search (issue 11): how IB'ers type, as pure functions. Words are folded and given a light Dutch
   stem; a query becomes a plan of searches (synonym groups from data/synonyms/, completions, compounds, typo
   corrections); results are weighed by type and folded into their question. No DOM, no globals, no requests: the
   vocabulary that prepare() makes of the build's word list (pagefind/wegwijzer-zoeken.json) is passed in to every
   function that needs it. search.js wires this module to the search box and the worker; tests/js tests it. */

// The words the search box skips (wegwijzer/search/synonyms.py keeps the same list; tests/test_hardening_synonyms.py).
export var STOP = ("de het een en of is in op van voor met naar bij te aan als dat die dit er ook maar om mijn zijn " +
  "haar hij zij ze we wij je jij u ik wat wordt worden heeft hebben hoe waar welke wie kan gaat gaan doet doen " +
  "moet moeten mag").split(" ");

// A result's type weighs its score: vraag first, then partner, then the rest, the pages for contributors last.
export var TYPE_BOOST = { Vraag: 3, Route: 3, Partner: 1.6, Pagina: 1, Bijdragen: 0.5 };
// Partners of one region shown to a reader who has not chosen her municipality (search-worker.js keeps a few more
// among the candidates, so that the best of them after weighing stand here).
export var REGIONAL_SHOWN = 3;
// A page whose title has the words of the query (Veilig Thuis Amsterdam-Amstelland, for "veilig thuis amsterdam
// nummer") counts up to this much more: its score times 1 + TITLE_BOOST × the share of the query's words in it.
export var TITLE_BOOST = 0.25;
export var MAX_BOOST = (1 + TITLE_BOOST) *
  Math.max.apply(null, Object.keys(TYPE_BOOST).map(function (t) { return TYPE_BOOST[t]; }));

// ---- words: normalizing, Dutch endings, the exported word list ----
export function fold(text) {
  return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
export function tokens(text) {
  return fold(text).match(/[0-9a-z]+/g) || [];
}
// A light Dutch stem: enough to see that dyslectische, dyslectisch and dyslectici belong together.
var ENDINGS = ["heden", "ische", "ingen", "tjes", "etje", "ende", "isch", "ing", "tje", "jes", "ers", "en",
  "er", "es", "je", "e", "s", "t"];
export function stem(word) {
  var w = word;
  for (var i = 0; i < ENDINGS.length; i++) {
    var end = ENDINGS[i];
    if (w.length - end.length >= 4 && w.slice(-end.length) === end) { w = w.slice(0, -end.length); break; }
  }
  w = w.replace(/([bdfgklmnprst])\1$/, "$1").replace(/v$/, "f").replace(/z$/, "s");
  return w;
}

// The vocabulary of the query functions, from the build's word list (most used first) and synonym groups:
// { vocab: { words, set, stems, stemmed, extra }, groups, synonyms }.
export function prepare(data) {
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
  return { vocab: vocab, groups: data.synonyms, synonyms: synonyms };
}

export function known(vocabulary, word) {
  var v = vocabulary.vocab;
  return word in v.set || stem(word) in v.stems || completion(vocabulary, word) !== null;
}

// A word still being typed (or cut short): the most used indexed word that starts with it.
export function completion(vocabulary, word) {
  var v = vocabulary.vocab;
  if (word.length < 3 || word in v.set) return null;
  for (var i = 0; i < v.words.length; i++) if (v.words[i].lastIndexOf(word, 0) === 0) return v.words[i];
  return null;
}

// The searches for one word: itself, its synonyms (a group from data/synonyms/) and its completion.
// Only words the index holds: Pagefind would quietly search the longest indexed prefix of any other word.
export function alternatives(vocabulary, word) {
  var alts = [], group = synonymGroup(vocabulary, word), done = completion(vocabulary, word);
  [word, done].concat(group >= 0 ? vocabulary.groups[group] : []).forEach(function (term) {
    if (!term || !tokens(term).every(function (w) { return known(vocabulary, w) || /^\d+$/.test(w); })) return;
    // As the pages write it: the query is folded (suicide), the index keeps accents (suïcide).
    // A word known only by its stem (jeugdartz: jeugdarts) is searched as the indexed word: Pagefind would
    // otherwise fall back to its longest indexed prefix (jeugd).
    var v = vocabulary.vocab;
    var written = tokens(term).map(function (w) {
      var indexed = w in v.set ? w : v.stems[stem(w)];
      return indexed === undefined ? w : v.words[v.set[indexed]];
    }).join(" ");
    if (alts.indexOf(written) < 0) alts.push(written);
  });
  return alts;
}

// The synonym group (its index in data/synonyms/ order) of a phrase or of an inflected word; -1 for none.
export function synonymGroup(vocabulary, phrase) {
  var s = vocabulary.synonyms;
  if (phrase in s) return s[phrase];
  if (phrase.indexOf(" ") < 0 && ("~" + stem(phrase)) in s) return s["~" + stem(phrase)];
  return -1;
}

// Damerau-Levenshtein distance, stopping early once it exceeds `limit`.
export function distance(a, b, limit) {
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

// The indexed word (or synonym) a misspelt word most likely is, or null.
export function closest(vocabulary, word) {
  var limit = word.length < 7 ? 1 : 2, found = null, bestD = limit + 1;
  var v = vocabulary.vocab, short = word.length <= 4;
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
export function split(vocabulary, word) {
  for (var i = word.length - 3; i >= 3; i--) {
    var head = word.slice(0, i), tail = word.slice(i);
    if (!(head in vocabulary.vocab.set) && synonymGroup(vocabulary, head) < 0) continue;
    if (known(vocabulary, tail) || synonymGroup(vocabulary, tail) >= 0) return [head, tail];
    if (/^(s|e|en)/.test(tail)) {
      var rest = tail.replace(/^(en|e|s)/, "");
      if (rest.length >= 3 && known(vocabulary, rest)) return [head, rest];
    }
  }
  return null;
}

// A word the pages only use as the end of a longer word (fysiotherapie: kinderfysiotherapie, a kind of
// fysiotherapie): the most used of those. Not for short words, which end too many others.
export function compound(vocabulary, word) {
  if (word.length < 6) return null;
  var v = vocabulary.vocab, s = stem(word);
  for (var i = 0; i < v.words.length; i++) {
    var w = v.stemmed[i];
    if (w.length >= s.length + 3 && w.slice(-s.length) === s) return v.words[i];
  }
  return null;
}

// ---- the plan: which searches to run for a query, and what to tell the reader ----
// { slots: [{ word, alts }], unknown: [word], corrected: [[typed, meant]] }: one slot per word or synonym phrase of
// the query, each with the terms to search for it.
export function plan(vocabulary, query) {
  var words = tokens(query), slots = [], unknown = [], corrected = [];
  var i = 0;
  while (i < words.length) {
    var taken = 1, group = -1;
    for (var n = Math.min(4, words.length - i); n >= 1; n--) {
      group = synonymGroup(vocabulary, words.slice(i, i + n).join(" "));
      if (group >= 0) { taken = n; break; }
    }
    var phrase = words.slice(i, i + taken).join(" ");
    i += taken;
    var alts = alternatives(vocabulary, phrase);
    if (group >= 0 && alts.length) { slots.push({ word: phrase, alts: alts }); continue; }
    if (STOP.indexOf(phrase) >= 0) continue;
    if (alts.length) { slots.push({ word: phrase, alts: alts }); continue; }
    // One letter off an indexed word is a typo before it is a compound (huislijk: huiselijk, not huis + lijk).
    var better = closest(vocabulary, phrase);
    var parts = better && distance(phrase, better, 1) <= 1 ? null : split(vocabulary, phrase);
    if (parts) {
      parts.forEach(function (part) {
        var found = alternatives(vocabulary, part);
        if (found.length) slots.push({ word: part, alts: found });
      });
      continue;
    }
    var whole = compound(vocabulary, phrase);
    if (whole) { slots.push({ word: phrase, alts: alternatives(vocabulary, fold(whole)) }); continue; }
    if (better) {
      corrected.push([phrase, better]);
      slots.push({ word: better, alts: alternatives(vocabulary, better) });
    } else {
      unknown.push(phrase);
    }
  }
  return { slots: slots, unknown: unknown, corrected: corrected };
}

// The query with its corrections applied ("Bedoel je: ..."), word by word as typed.
export function correctedQuery(query, p) {
  return tokens(query).map(function (w) {
    var hit = p.corrected.filter(function (c) { return c[0] === w; })[0];
    return hit ? hit[1] : w;
  }).join(" ");
}

// The searches the worker runs for a plan (assets/search-worker.js: per word of the query the best of its
// alternatives, pages that match more words first): per slot at most six alternatives, the first fully weighed;
// whole indexed words before cut-short ones (vraa: vraag first), so that while someone types on, the searcher has
// the word they are most likely typing ready; then the words of the query together, and the query as a phrase.
export function searchJobs(vocabulary, query, p) {
  var jobs = [], v = vocabulary.vocab;
  p.slots.forEach(function (slot, index) {
    slot.alts.slice(0, 6).forEach(function (alt, n) {
      // A term of more words (nieuwe partner) counts fully where a page has it as a phrase, half where its words
      // stand apart, as they do almost everywhere (search-worker.js).
      jobs.push({ term: alt, slot: index, weight: n === 0 ? 1 : 0.85, phrase: alt.indexOf(" ") > 0 });
    });
  });
  function indexed(term) { return tokens(term).every(function (w) { return w in v.set; }); }
  jobs.sort(function (a, b) { return (indexed(a.term) ? 0 : 1) - (indexed(b.term) ? 0 : 1); });
  // A word the pages lack stands there as its first alternative (syrie: nieuwkomer), as Pagefind would drop it.
  if (p.slots.length > 1) {
    jobs.push({ term: p.slots.map(function (s) { return indexed(s.word) ? s.word : s.alts[0]; }).join(" "),
                slot: "all", weight: 1 });
  }
  // A page that has the words exactly as typed (a keyword such as "ouders werken niet mee") counts once more.
  if (tokens(query).length > 1) {
    jobs.push({ term: "\"" + tokens(query).join(" ") + "\"", slot: "phrase", weight: 1 });
  }
  return jobs;
}

// The term to warm up for a word being typed: a whole word as the index writes it (suïcide), a word cut short
// (from three letters on) as the most used word it starts; null for a stop word or a word the index lacks.
export function warmTerm(vocabulary, typed) {
  var v = vocabulary.vocab;
  var term = typed in v.set ? v.words[v.set[typed]] : completion(vocabulary, typed);
  return !term || STOP.indexOf(typed) >= 0 ? null : term;
}

// ---- ranking what the worker found ----
// A ranked page ({ id, rank }) with its data (title, address, excerpt, meta), scored by its type.
export function scored(page, data) {
  var type = (data.meta && data.meta.type) || "Pagina";
  var result = { data: data, type: type, score: page.rank * (TYPE_BOOST[type] || 1) };
  if (page.regional) result.regional = true;  // a partner of one region, for a reader who chose none
  return result;
}

// Results weighed by their titles: per word of the plan (any of its alternatives, by stem) whether the title has it.
// A route's title without its region (Huiselijk geweld thuis – Amsterdam-Diemen): every route of the reader's
// region has that.
export function named(results, p) {
  if (!p.slots.length) return results;
  function words(text) { return " " + tokens(text).map(stem).join(" ") + " "; }
  var wanted = p.slots.map(function (slot) { return slot.alts.map(words); });
  return results.map(function (r) {
    var title = (r.data.meta && r.data.meta.title) || "", cut = title.lastIndexOf(" – ");
    title = words(r.type === "Route" && cut > 0 ? title.slice(0, cut) : title);
    var hits = wanted.filter(function (alts) {
      return alts.some(function (alt) { return title.indexOf(alt) >= 0; });
    }).length;
    return hits ? Object.assign({}, r, { score: r.score * (1 + TITLE_BOOST * hits / wanted.length) }) : r;
  });
}

// Of the candidates after the shown ones, those whose type and title could still lift them among the shown (a
// partner ×1.6 or a question ×3 above a page, times at most 1 + TITLE_BOOST): only their data is fetched as well.
export function liftable(candidates, shown) {
  var lowest = Math.min.apply(null, shown.map(function (r) { return r.score; }));
  return candidates.filter(function (page) { return page.rank * MAX_BOOST > lowest; });
}

// The `count` best results, one per question (byQuestion), best first.
export function topResults(results, region, count) {
  var all = byQuestion(results, region), regional = 0;
  all.sort(function (a, b) { return b.score - a.score; });
  // Without a municipality, the same kind of organisation in other regions is no answer yet: the best few stand.
  if (!region) all = all.filter(function (r) { return !r.regional || ++regional <= REGIONAL_SHOWN; });
  return all.slice(0, count);
}

// How many partners of one region were left out (`folded` by the searcher, the rest here), for the status line's
// advice to choose a municipality; 0 when none made the list: the query then only mentions them in passing.
export function leftOut(candidates, shown, folded) {
  function regional(results) { return results.filter(function (r) { return r.regional; }).length; }
  var kept = regional(shown);
  return kept ? folded + regional(candidates) - kept : 0;
}

// One result per question, however many regions have a route for it: a route page (/wegwijzer/<q>/<region>/)
// holds what only that region's route says, so its words count for the question. The reader who chose her region
// gets her own route (the search's region filter already left out the others); anyone else gets the question's
// page, which leads to every region's route, with the excerpt of the route that matched and that region named.
// The question's score is its best match plus half of its other one (its page and its routes, best of each):
// a question whose page has one word of the query and whose route the other covers the query as a whole.
export function byQuestion(results, region) {
  var best = {}, parts = {};
  results.forEach(function (r) {
    var url = r.data.url, key = url;
    if (r.type === "Route") {
      key = url.replace(/[^/]+\/$/, "");
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
    var result = { type: best[key].type, data: best[key].data, score: hi + lo / 2 };
    if (best[key].regional) result.regional = true;
    return result;
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
