// The PostgreSQL tsquery is built from the same words and variants as the FTS5 expression, with
// every user word bound as a value: no tsquery or SQL syntax typed by a user reaches the server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTsQuery } from "../../lib/search/build-ts-query";
import { buildMatchExpression } from "../../lib/search/build-match-expression";

test("each word in both configurations, its variants OR-ed, words AND-ed, the last one also as a prefix", () => {
  const q = buildTsQuery("pannes réseau")!;
  assert.equal(q.sql.split(" && ").length, 2);
  // each spelling read in English and in French; "réseau" folded like the index, with its French
  // plural (which the stemmers do not fold) and the cause category it names
  assert.deepEqual(q.values.slice(0, 8), ["pannes", "pannes", "reseau", "reseau", "reseaux", "reseaux", "network", "network"]);
  // the last word also as a prefix, unstemmed (as typed, folded), once
  assert.equal(q.sql.match(/to_tsquery\('simple', \?::text \|\| ':\*'\)/g)?.length, 1);
  assert.equal((q.sql.match(/\?/g) ?? []).length, q.values.length);
});

test("the owner's services and the cause categories are variants, as on SQLite", () => {
  const meta = buildTsQuery("Meta")!.values;
  assert.ok(meta.includes("facebook") && meta.includes("instagram"), meta.join(","));
  assert.ok(buildMatchExpression("Meta")!.includes('"facebook"'));
});

test("operators and quotes typed by users are not syntax; nothing searchable gives null", () => {
  const q = buildTsQuery("a & b | !c <-> 'd':*")!;
  assert.ok(q.values.every((v) => /^[\p{L}\p{N} ]+$/u.test(v)), q.values.join("|"));
  // the SQL is our template only: the calls, parentheses and the || and && between them
  const rest = q.sql.replace(/(phraseto_tsquery\('atlas_(en|fr)', \?\)|to_tsquery\('simple', \?::text \|\| ':\*'\))/g, "X");
  assert.match(rest, /^[X()|& ]+$/);
  assert.equal(buildTsQuery("  !! ** "), null);
});
