// Charset decoding: header, XML prolog, <meta charset>, BOM, and labels the bytes contradict.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { decodeBody } from "../../lib/ingest/fetcher/decode-body";

const fr = "Panne géante : l'électricité coupée à Montréal — « rétablie » à 18 h";

test("charset from the Content-Type header", () => {
  assert.equal(decodeBody(iconv.encode(fr, "win1252"), "text/html; charset=windows-1252"), fr);
  assert.equal(decodeBody(iconv.encode("é à ç", "latin1"), "text/plain; charset=ISO-8859-1"), "é à ç");
});

test("charset from the XML prolog and from <meta charset> when the header has none", () => {
  const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>${"é à ç"}</title></rss>`;
  assert.match(decodeBody(iconv.encode(xml, "latin1"), "application/rss+xml"), /é à ç/);
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body>€ é</body></html>`;
  assert.match(decodeBody(iconv.encode(html, "iso-8859-15"), null), /€ é/);
  assert.match(decodeBody(iconv.encode(`<meta charset="windows-1252"><p>${fr}</p>`, "win1252"), "text/html"), /électricité/);
});

test("wrong labels: Latin-1 bytes labelled UTF-8, UTF-8 bytes labelled Latin-1", () => {
  assert.equal(decodeBody(iconv.encode(fr, "win1252"), "text/xml; charset=utf-8"), fr);
  assert.equal(decodeBody(Buffer.from(fr, "utf8"), "text/xml; charset=ISO-8859-1"), fr);
  assert.equal(decodeBody(iconv.encode(fr, "win1252"), null), fr);
});

test("a BOM wins", () => {
  assert.equal(decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fr)]), "text/html; charset=iso-8859-1"), fr);
  assert.equal(decodeBody(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fr, "utf16le")]), null), fr);
});

test("UTF-16 and UTF-32 without a BOM are recognised from the first bytes (XML appendix F), and UTF-32 with one", () => {
  const xml = `<?xml version="1.0"?><rss><channel><title>${fr}</title></channel></rss>`;
  assert.equal(decodeBody(Buffer.from(xml, "utf16le"), "application/xml"), xml);
  assert.equal(decodeBody(iconv.encode(xml, "utf-16be"), null), xml);
  assert.equal(decodeBody(iconv.encode(xml, "utf-32le"), null), xml);
  assert.equal(decodeBody(Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), iconv.encode(xml, "utf-32be")]), null), xml);
});

test("windows-1252 punctuation read as C1 controls is repaired (don\\x92t)", () => {
  assert.equal(decodeBody(Buffer.from("<p>don\u0092t \u0093stop\u0094 \u0085</p>", "utf8"), "text/html; charset=utf-8"), "<p>don’t “stop” …</p>");
});

test("undeclared legacy charsets are detected; French windows-1252 is never taken for another Latin charset", () => {
  const ru = "<rss><channel><title>Сбой в работе сервиса</title><description>Пользователи сообщают о проблемах с доступом к сайту и приложению в течение нескольких часов.</description></channel></rss>";
  assert.equal(decodeBody(iconv.encode(ru, "koi8-r"), null), ru);
  const ja = "<rss><channel><title>大規模な通信障害が発生しました</title><description>サービスは現在復旧しています。ご迷惑をおかけしました。</description></channel></rss>";
  assert.equal(decodeBody(iconv.encode(ja, "shift_jis"), "text/xml"), ja);
  for (const s of ["Le service a été rétabli après une panne de deux heures, a indiqué l'opérateur.", "Ça marche déjà", "Coupure générale à Nîmes"]) {
    assert.equal(decodeBody(iconv.encode(s, "win1252"), null), s);
  }
});
