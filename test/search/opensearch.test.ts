// The OpenSearch description: valid XML with absolute templates on the request's origin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { XMLParser } from "fast-xml-parser";
import { GET } from "../../app/opensearch.xml/route";

test("opensearch.xml points at /search?q={searchTerms} on the same origin", async () => {
  const res = await GET(new Request("http://127.0.0.1:4100/opensearch.xml"));
  assert.match(res.headers.get("content-type") ?? "", /application\/opensearchdescription\+xml/);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(await res.text()).OpenSearchDescription;
  assert.equal(doc.ShortName, "Outage Atlas");
  const urls = [doc.Url].flat() as Record<string, string>[];
  assert.ok(urls.some((u) => u["@type"] === "text/html" && u["@template"] === "http://127.0.0.1:4100/search?q={searchTerms}"));
});
