// The shipped source list (sources/default.json): it parses through the same reader the ingest
// uses, holds no duplicate, every entry is typed, and it covers what the site promises (French and
// English outlets, official status pages); OPML export and import give the same list back.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { IANAZone } from "luxon";
import { canonicalUrl } from "../../lib/ingest/canonical-url";
import { readSourceList } from "../../lib/ingest/read-source-list";
import { writeSourceListOpml } from "../../lib/ingest/write-source-list-opml";

const list = readSourceList(fs.readFileSync("sources/default.json", "utf8"));
const isStatusPage = (s: (typeof list)[number]) => s.official === true && (s.kind === "statuspage" || /(^|[./-])status|status\./i.test(new URL(s.url).host + new URL(s.url).pathname));

test("default sources: every entry is an https URL with a name, a language and a valid zone", () => {
  for (const s of list) {
    assert.equal(new URL(s.url).protocol, "https:", s.url);
    assert.ok(s.name && s.name.trim().length > 1, `no name: ${s.url}`);
    assert.ok(s.lang === "fr" || s.lang === "en", `lang of ${s.url}: ${s.lang}`);
    if (s.zone) assert.ok(IANAZone.isValidZone(s.zone), `zone of ${s.url}: ${s.zone}`);
    if (!s.official) assert.ok(s.zone, `a news outlet needs its zone to read its times: ${s.url}`);
  }
});

test("default sources: no URL twice, even written differently", () => {
  const seen = new Map<string, string>();
  for (const s of list) {
    const key = canonicalUrl(s.url).replace(/\/$/, "").toLowerCase();
    assert.ok(!seen.has(key), `${s.url} duplicates ${seen.get(key)}`);
    seen.set(key, s.url);
  }
});

test("default sources: at least 60, with 25 French and 20 English outlets and 20 official status pages", () => {
  const outlets = list.filter((s) => !s.official);
  assert.ok(list.length >= 60, `${list.length} sources`);
  assert.ok(outlets.filter((s) => s.lang === "fr").length >= 25);
  assert.ok(outlets.filter((s) => s.lang === "en").length >= 20);
  assert.ok(list.filter(isStatusPage).length >= 20, `${list.filter(isStatusPage).length} status pages`);
  assert.ok(list.filter((s) => s.kind === "social").length >= 1, "an official account's feed");
});

test("OPML export then import gives the same list, attributes escaped", () => {
  const tricky = [{ url: "https://example.com/feed?a=1&b=2", name: `Tom & "Jerry" <news>`, lang: "en", zone: "Europe/London", official: false }];
  assert.deepEqual(readSourceList(writeSourceListOpml(tricky)), tricky);
  assert.deepEqual(readSourceList(writeSourceListOpml(list)), list);
});
