import { test } from "node:test";
import assert from "node:assert/strict";
import { allMatches, compileCues, rangeMatcher } from "../../lib/extract/compile-cues";
import { foldText } from "../../lib/text/fold-text";

// The plain compilation compileCues replaced (one alternative per phrase, longest first): the
// reference its trie must agree with, match for match.
const ESCAPE = /[.*+?^${}()|[\]\\]/g;
function naiveCues(phrases: readonly string[], flags = "g"): RegExp {
  const alternatives = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      const stem = p.endsWith("*") ? p.slice(0, -1) : p;
      const body = stem.replace(ESCAPE, "\\$&").replace(/ /g, "\\s+");
      return p.endsWith("*") ? `${body}[a-z0-9]*` : body;
    });
  return new RegExp(`(?<![a-z0-9])(?:${alternatives.join("|")})(?:(?<=['’])|(?![a-z0-9]))`, flags);
}

const matches = (re: RegExp, text: string) => allMatches(re, text).map((m) => `${m.index}-${m.end}:${m.text}`);

// Phrase lists that overlap the ways cue lists do: a stem with "*" beside longer phrases starting
// with it, phrases that are prefixes of others, hyphens, apostrophes and dots inside a phrase.
const PHRASES = [
  "panne", "panne*", "pannes", "panne de courant", "panne geante", "en panne", "hors service", "hors ligne",
  "coupure*", "coupure de fibre", "n'est plus accessible", "ne fonctionne plus", "e-mail", "e-mails",
  "outage", "outage*", "outages", "out of service", "down", "went down", "go down", "going down",
  "offline", "knocked offline", "u.s.", "up and running", "back up", "back online", "disruption*",
];
const TEXTS = [
  "Panne géante chez l'opérateur : pannes en série, une panne de courant et une coupure de fibre.",
  "Le site n'est plus accessible, il est hors  service et hors ligne depuis ce matin ; les e-mails ne partent plus.",
  "The outage knocked offline several U.S. sites; outages went down to zero once everything was back up and running.",
  "Services are going down, then back online: disruptions, a disruption and out   of service pages (outage-tracker).",
  "pannepanne panne- -panne panne_ 3panne panne3 outagee down.down downtime",
];

test("the trie-compiled cue regex finds exactly the matches of one alternative per phrase (en/fr)", () => {
  const compiled = compileCues(PHRASES);
  const naive = naiveCues(PHRASES);
  assert.notEqual(compiled.source, naive.source); // the trie form is in use for this list
  for (const text of TEXTS.map(foldText)) assert.deepEqual(matches(compiled, text), matches(naive, text), text);
  assert.deepEqual(matches(compiled, foldText(TEXTS[0])).slice(0, 3), ["0-12:panne geante", "32-38:pannes", "53-69:panne de courant"]);
});

test("the longest phrase wins where several match at one place, as with the flat alternation", () => {
  const re = compileCues(["hors", "hors service", "hors service*", "hors service depuis"], "");
  assert.equal(re.exec("le site est hors service depuis hier")?.[0], "hors service depuis");
  assert.equal(re.exec("le site est hors services")?.[0], "hors services");
  assert.equal(re.exec("le site est hors jeu")?.[0], "hors");
  // sticky and one-shot regexes too
  const sticky = compileCues(["went down", "went"], "y");
  sticky.lastIndex = 4;
  assert.equal(sticky.exec("servers went down")?.[0], undefined);
  sticky.lastIndex = 8;
  assert.equal(sticky.exec("servers went down")?.[0], "went down");
});

test("lists the trie would order differently keep the flat alternation ('stem*' beside 'stem-')", () => {
  const phrases = ["re*", "re-", "panne"];
  assert.equal(compileCues(phrases).source, naiveCues(phrases).source);
  assert.equal(compileCues(["a\tb", "a b"]).source, naiveCues(["a\tb", "a b"]).source);
  assert.equal(compileCues(["panne", "outage"], "gi").source, naiveCues(["panne", "outage"], "gi").source);
});

test("random phrase lists over a small alphabet: the trie and the flat alternation agree on random texts", () => {
  // a seeded generator, so a failure can be replayed
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (chars: string) => chars[Math.floor(next() * chars.length)];
  const word = (chars: string, max: number) => Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(chars)).join("");
  for (let round = 0; round < 300; round++) {
    const phrases = Array.from({ length: 1 + Math.floor(next() * 12) }, () => {
      const p = Array.from({ length: 1 + Math.floor(next() * 3) }, () => word("ab-'.", 3)).join(" ");
      return next() < 0.3 ? `${p}*` : p;
    });
    const text = Array.from({ length: 40 }, () => word("ab-'. 1", 4)).join(next() < 0.5 ? " " : "  ");
    assert.deepEqual(matches(compileCues(phrases), text), matches(naiveCues(phrases), text), JSON.stringify({ phrases, text }));
  }
});

test("rangeMatcher gives allMatches' matches for every range, also one starting inside a match or a zero-length pattern", () => {
  const texts = TEXTS.map(foldText);
  for (const re of [compileCues(PHRASES), /\bpanne(?:\s+de\s+courant)?|(?<=e)(?=s)/g, /(?:down|up)\s(?:[^.]){0,40}?online/g]) {
    const find = rangeMatcher(re);
    // the same matcher across texts and ranges, as a document is read sentence by sentence
    for (const text of texts)
      for (let from = 0; from < text.length; from += 3)
        for (const to of [from + 1, from + 17, from + 60, text.length]) {
          const want = allMatches(re, text, from, Math.min(to, text.length)).map((m) => `${m.index}-${m.end}:${m.text}`);
          const got = find(text, from, Math.min(to, text.length)).map((m) => `${m.index}-${m.end}:${m.text}`);
          assert.deepEqual(got, want, `${re.source.slice(0, 30)} ${JSON.stringify(text.slice(from, to))}`);
        }
  }
});

test("a phrase ending on an elision matches before the word it joins, as it is written (fr)", () => {
  const re = compileCues(["a cause d'", "en raison d'", "a cause de"]);
  assert.deepEqual(allMatches(re, "prives de carte a cause d'une panne chez worldline").map((m) => m.text), ["a cause d'"]);
  assert.deepEqual(allMatches(re, "en raison d'un incident").map((m) => m.text), ["en raison d'"]);
  // the flat form (case-blind) reads it the same way
  assert.deepEqual(allMatches(compileCues(["au lendemain d'"], "gi"), "Au lendemain d'AWS").map((m) => m.text), ["Au lendemain d'"]);
  // a plain phrase still needs its word's end
  assert.deepEqual(allMatches(re, "a cause dest").map((m) => m.text), []);
});
