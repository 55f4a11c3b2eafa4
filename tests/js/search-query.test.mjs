// The search box's query rules (docs/assets/search-query.js) without a browser: node --test tests/js/*.test.mjs.
// The vocabulary is tests/js/vocabulary.json: words of the built site's word list (pagefind/wegwijzer-zoeken.json,
// most used first, in its order) and synonym groups of data/synonyms/. WEGWIJZER_SEARCH_WORDS names another such
// file: tests/test_search_query_js.py runs these tests again on the real site's whole word list.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";

import {
  alternatives, byQuestion, closest, completion, compound, correctedQuery, distance, fold, leftOut, liftable, MAX_BOOST,
  named, plan, prepare, REGIONAL_SHOWN, scored, searchJobs, split, stem, STOP, synonymGroup, tokens, TITLE_BOOST,
  topResults, TYPE_BOOST, warmTerm
} from "../../docs/assets/search-query.js";

const source = process.env.WEGWIJZER_SEARCH_WORDS || new URL("./vocabulary.json", import.meta.url);
const data = JSON.parse(readFileSync(source, "utf8"));
const vocabulary = prepare(data);

// A plan as [word, first alternative] per slot, with what was corrected and what was not found.
function planned(query) {
  const p = plan(vocabulary, query);
  return { slots: p.slots.map((s) => [s.word, s.alts[0]]), corrected: p.corrected, unknown: p.unknown };
}
function group(term) {
  return data.synonyms[synonymGroup(vocabulary, term)];
}

describe("words", () => {
  test("are folded: lower case, without accents", () => {
    assert.equal(fold("Suïcide"), "suicide");
    assert.deepEqual(tokens("Kind spijbelt, vaak!"), ["kind", "spijbelt", "vaak"]);
    assert.deepEqual(tokens("pdd-nos 2x"), ["pdd", "nos", "2x"]);
    assert.deepEqual(tokens("?!"), []);
  });

  test("share a stem with their inflected forms", () => {
    assert.equal(stem("dyslectische"), stem("dyslectisch"));
    assert.equal(stem("spijbelende"), stem("spijbelen"));
    assert.equal(stem("verhuist"), stem("verhuizen"));  // z becomes s
    assert.equal(stem("brieven"), "brief");  // v becomes f
    assert.equal(stem("brilletje"), "bril");  // a doubled consonant is one
    assert.equal(stem("kindje"), "kind");
    assert.equal(stem("vaders"), "vader");
  });

  test("keep four letters at least", () => {
    assert.equal(stem("ogen"), "ogen");
    assert.equal(stem("kinds"), "kind");
    assert.equal(stem("luis"), "luis");
  });
});

describe("typo distance", () => {
  test("counts inserted, dropped, changed and swapped letters", () => {
    assert.equal(distance("dislexie", "dyslexie", 2), 1);
    assert.equal(distance("tvl", "tlv", 1), 1);  // two swapped letters are one typo
    assert.equal(distance("hoofdluiz", "hoofdluis", 2), 1);
    assert.equal(distance("huislijk", "huiselijk", 2), 1);
    assert.equal(distance("dochter", "achter", 2), 2);
    assert.equal(distance("kind", "kind", 1), 0);
  });

  test("stops past its limit", () => {
    assert.equal(distance("kind", "kinderfysiotherapie", 2), 3);
    assert.equal(distance("abcdef", "uvwxyz", 1), 2);
  });
});

describe("typo correction", () => {
  test("finds the indexed word one or two letters off", () => {
    assert.equal(closest(vocabulary, "dislexie"), "dyslexie");
    assert.equal(closest(vocabulary, "hoofdluiz"), "hoofdluis");
    assert.equal(closest(vocabulary, "toelaatbaarheitsferklaring"), "toelaatbaarheidsverklaring");
  });

  test("corrects a short word only for two swapped letters", () => {
    assert.equal(closest(vocabulary, "tvl"), "tlv");
    assert.equal(closest(vocabulary, "kidn"), "kind");
    assert.equal(distance("kinf", "kind", 1), 1);
    assert.equal(closest(vocabulary, "kinf"), null);  // one other letter makes another word
  });

  test("takes two letters off only with the same first letter", () => {
    assert.equal(distance("dochter", "achter", 2), 2);
    assert.ok(data.words.split(" ").indexOf("achter") < data.words.split(" ").indexOf("dachten"));
    assert.equal(closest(vocabulary, "dochter"), "dachten");  // not achter, though more used
  });

  test("prefers the more used of two equally close words", () => {
    const words = data.words.split(" ");
    assert.equal(distance("lenen", "leren", 1), distance("lenen", "lezen", 1));
    assert.ok(words.indexOf("leren") < words.indexOf("lezen"));
    assert.equal(closest(vocabulary, "lenen"), "leren");
  });

  test("gives up on a word far from every other", () => {
    assert.equal(closest(vocabulary, "xqzwv"), null);
  });
});

describe("completion", () => {
  test("a word cut short is the most used word it starts", () => {
    assert.equal(completion(vocabulary, "vraa"), "vraag");
    assert.equal(completion(vocabulary, "spijb"), "spijbelen");
  });

  test("not for a whole word or fewer than three letters", () => {
    assert.equal(completion(vocabulary, "kind"), null);
    assert.equal(completion(vocabulary, "vr"), null);
  });
});

describe("compounds", () => {
  test("a compound the data writes apart is split into indexed words", () => {
    assert.deepEqual(split(vocabulary, "dyslexiebehandeling"), ["dyslexie", "behandeling"]);
    assert.deepEqual(split(vocabulary, "doodsgedachten"), ["dood", "gedachten"]);  // over the linking s
  });

  test("a word the pages only use at the end of a longer word finds that word", () => {
    assert.equal(compound(vocabulary, "fysiotherapie"), "kinderfysiotherapie");
    assert.equal(compound(vocabulary, "ambtenaar"), "leerplichtambtenaar");
    assert.equal(compound(vocabulary, "kind"), null);  // short words end too many others
  });

  test("a typo goes before a split", () => {
    assert.deepEqual(split(vocabulary, "huislijk"), ["huis", "lijk"]);
    assert.deepEqual(planned("huislijk geweld"), {
      slots: [["huiselijk", "huiselijk"], ["geweld", "geweld"]], corrected: [["huislijk", "huiselijk"]], unknown: []
    });
  });

  test("plans both parts of a compound", () => {
    assert.deepEqual(planned("dyslexiebehandeling").slots, [["dyslexie", "dyslexie"], ["behandeling", "behandeling"]]);
    assert.deepEqual(planned("fysiotherapie").slots, [["fysiotherapie", "kinderfysiotherapie"]]);
  });
});

describe("synonym phrases", () => {
  test("a phrase of the data is one slot, its stop words included", () => {
    const p = plan(vocabulary, "kan niet stilzitten");
    assert.equal(p.slots.length, 1);
    assert.equal(p.slots[0].word, "kan niet stilzitten");
    assert.equal(p.slots[0].alts[0], "adhd");
    assert.deepEqual(group("kan niet stilzitten"), group("adhd"));
  });

  test("an inflected word finds its group by its stem", () => {
    assert.ok(!("spijbelende" in vocabulary.synonyms));
    assert.deepEqual(group("spijbelende"), group("spijbelen"));
    assert.deepEqual(group("woordblinde"), group("dyslexie"));
  });

  test("but not by a short term's stem", () => {
    assert.ok(synonymGroup(vocabulary, "adhd") >= 0);
    assert.equal(stem("adhds"), "adhd");
    assert.equal(synonymGroup(vocabulary, "adhds"), -1);
  });

  test("only terms the index holds are searched, as the pages write them", () => {
    const alts = alternatives(vocabulary, "suicide");
    assert.equal(alts[0], "suïcide");
    assert.ok(alts.includes("zelfdoding") && alts.includes("zelfmoord"));
    for (const term of alts) assert.ok(tokens(term).every((w) => w in vocabulary.vocab.set), term);
    assert.deepEqual(alternatives(vocabulary, "xqzwv"), []);
  });
});

describe("queries as IB'ers type them", () => {
  test("kind spijbelt", () => {
    const p = plan(vocabulary, "kind spijbelt");
    assert.deepEqual(p.slots.map((s) => s.word), ["kind", "spijbelt"]);
    assert.equal(p.slots[1].alts[0], "spijbelen");
    assert.ok(p.slots[1].alts.includes("verzuim") && p.slots[1].alts.includes("schoolverzuim"));
    assert.deepEqual([p.corrected, p.unknown], [[], []]);
  });

  test("dyslectische leerling", () => {
    assert.deepEqual(planned("dyslectische leerling"), {
      slots: [["dyslectische", "dyslexie"], ["leerling", "leerling"]], corrected: [], unknown: []
    });
  });

  test("dislexie", () => {
    const p = plan(vocabulary, "dislexie");
    assert.deepEqual(p.corrected, [["dislexie", "dyslexie"]]);
    assert.equal(p.slots[0].word, "dyslexie");
    assert.ok(p.slots[0].alts.includes("leesproblemen"));
    assert.equal(correctedQuery("Dislexie", p), "dyslexie");
  });

  test("mijn kind wordt gepest", () => {
    assert.ok(STOP.includes("mijn") && STOP.includes("wordt"));
    const p = plan(vocabulary, "mijn kind wordt gepest");
    assert.deepEqual(p.slots.map((s) => s.word), ["kind", "gepest"]);
    assert.ok(p.slots[1].alts.includes("pesten"));
  });

  test("woordblinde leerling", () => {
    assert.deepEqual(planned("woordblinde leerling").slots, [["woordblinde", "dyslexie"], ["leerling", "leerling"]]);
  });

  test("tvl aanvrgen", () => {
    const p = plan(vocabulary, "tvl aanvrgen");
    assert.deepEqual(p.corrected, [["tvl", "tlv"], ["aanvrgen", "aanvragen"]]);
    assert.equal(correctedQuery("tvl aanvrgen", p), "tlv aanvragen");
    assert.ok(p.slots[0].alts.includes("toelaatbaarheidsverklaring"));
  });

  test("a word nobody wrote is named, the rest still searched", () => {
    assert.deepEqual(planned("xqzwv hoofdluis"), {
      slots: [["hoofdluis", "hoofdluis"]], corrected: [], unknown: ["xqzwv"]
    });
    assert.deepEqual(planned("de het een"), { slots: [], corrected: [], unknown: [] });
  });
});

describe("the searches the worker runs", () => {
  test("per slot its alternatives, whole words before a word cut short, then the words together and as typed", () => {
    assert.deepEqual(searchJobs(vocabulary, "kind spijbe", plan(vocabulary, "kind spijbe")), [
      { term: "kind", slot: 0, weight: 1, phrase: false },
      { term: "spijbelen", slot: 1, weight: 0.85, phrase: false },  // its completion
      { term: "spijbe", slot: 1, weight: 1, phrase: false },
      { term: "kind spijbe", slot: "all", weight: 1 },
      { term: "\"kind spijbe\"", slot: "phrase", weight: 1 }
    ]);
  });

  test("at most six alternatives a slot, the first weighed fully, terms of more words as phrases", () => {
    const p = plan(vocabulary, "leest slecht");
    assert.ok(p.slots.length === 1 && p.slots[0].alts.length > 6);
    const jobs = searchJobs(vocabulary, "leest slecht", p);
    assert.equal(jobs.length, 7);
    assert.deepEqual(jobs[0], { term: "leest slecht", slot: 0, weight: 1, phrase: true });
    for (const job of jobs.slice(1, 6)) {
      assert.deepEqual(job, { term: job.term, slot: 0, weight: 0.85, phrase: job.term.includes(" ") });
    }
    assert.deepEqual(jobs[6], { term: "\"leest slecht\"", slot: "phrase", weight: 1 });  // no "all" for one slot
  });

  test("a word being typed is warmed up as the index writes it", () => {
    assert.equal(warmTerm(vocabulary, "suicide"), "suïcide");
    assert.equal(warmTerm(vocabulary, "vraa"), "vraag");
    assert.equal(warmTerm(vocabulary, "de"), null);
    assert.equal(warmTerm(vocabulary, "xqzwv"), null);
  });
});

describe("ranking", () => {
  const page = (url, type, score, title) => ({ type, score, data: { url, excerpt: "…", meta: { title, type } } });

  test("weighs a result by its type", () => {
    assert.equal(scored({ id: "a", rank: 2 }, { url: "/v/", meta: { type: "Vraag" } }).score, 2 * TYPE_BOOST.Vraag);
    assert.deepEqual(scored({ id: "b", rank: 2 }, { url: "/p/" }), { data: { url: "/p/" }, type: "Pagina", score: 2 });
    assert.equal(MAX_BOOST, 3 * (1 + TITLE_BOOST));
  });

  test("fetches a further candidate only when its type and title could lift it among the shown", () => {
    const shown = [{ score: 9 }, { score: 6 }];
    assert.deepEqual(liftable([{ id: "x", rank: 1.7 }, { id: "y", rank: 1.5 }], shown), [{ id: "x", rank: 1.7 }]);
  });

  test("weighs a page up by the query's words in its title, a route's without its region", () => {
    const p = plan(vocabulary, "hoofdluis pesten");
    const results = [page("/a/", "Pagina", 4, "Hoofdluis en pesten"), page("/b/", "Partner", 4, "Luizen"),
                     page("/c/", "Pagina", 4, "Iets anders"), page("/w/q/r/", "Route", 4, "Iets – Pesten")];
    assert.deepEqual(named(results, p).map((r) => r.score), [4 * (1 + TITLE_BOOST), 4 * (1 + TITLE_BOOST / 2), 4, 4]);
    assert.deepEqual(named(results, plan(vocabulary, "de")), results, "a plan without words weighs nothing");
  });

  test("folds a route into its question, naming the region, when no region is chosen", () => {
    const results = [page("/wegwijzer/q/", "Vraag", 3, "Q"), page("/wegwijzer/q/noord/", "Route", 6, "Q – Noord"),
                     page("/sociale-kaart/p/", "Partner", 4, "P")];
    const folded = byQuestion(results, "");
    assert.deepEqual(folded.map((r) => [r.data.url, r.score]), [["/wegwijzer/q/", 7.5], ["/sociale-kaart/p/", 4]]);
    assert.equal(folded[0].type, "Vraag");
    assert.equal(folded[0].data.place, undefined);  // the question's own page is shown
    const routeOnly = byQuestion([results[1]], "");
    assert.deepEqual(routeOnly[0].data, { url: "/wegwijzer/q/", excerpt: "…", place: "Noord",
                                          meta: { title: "Q", type: "Vraag" } });
  });

  test("shows the reader's own route when she chose her region", () => {
    const results = [page("/wegwijzer/q/", "Vraag", 3, "Q"), page("/wegwijzer/q/noord/", "Route", 2, "Q – Noord")];
    const folded = byQuestion(results, "noord");
    assert.equal(folded.length, 1);
    assert.deepEqual([folded[0].type, folded[0].data.url, folded[0].score], ["Route", "/wegwijzer/q/noord/", 4]);
  });

  test("keeps the best, best first", () => {
    const results = [1, 5, 3, 4, 2].map((n) => page("/p" + n + "/", "Pagina", n, "P" + n));
    assert.deepEqual(topResults(results, "", 3).map((r) => r.score), [5, 4, 3]);
  });

  test("without a region, only the best few partners of one region", () => {
    const regional = [9, 8, 7, 6, 5].map((n) => ({ ...page("/r" + n + "/", "Partner", n, "R" + n), regional: true }));
    const results = regional.concat([page("/v/", "Vraag", 4, "V"), page("/p/", "Pagina", 1, "P")]);
    const shown = topResults(results, "", 10).map((r) => r.data.url);
    assert.equal(REGIONAL_SHOWN, 3);
    assert.deepEqual(shown, ["/r9/", "/r8/", "/r7/", "/v/", "/p/"]);
    assert.equal(topResults(results, "noord", 10).length, results.length, "a reader with a region sees them all");
    assert.equal(scored({ id: "r", rank: 1, regional: true }, { url: "/r/" }).regional, true);
    assert.equal(leftOut(results, topResults(results, "", 10), 4), 4 + 2, "the searcher's and the two left here");
    assert.equal(leftOut(results, [page("/v/", "Vraag", 4, "V")], 4), 0, "none shown: the query only mentions them");
  });
});
