// Bytes to text, in the order a careful feed reader uses (feedparser, XML 1.0 appendix F, WHATWG
// Encoding): a BOM (UTF-8, UTF-16, UTF-32); the Content-Type charset; for XML without a BOM the
// first bytes' pattern (UTF-16/32 "<?xml"); the XML prolog or <meta charset>; then detection.
// A declaration the bytes contradict (invalid UTF-8, or UTF-8 labelled Latin-1) is overruled,
// because French feeds are often served with the wrong label. Undeclared legacy bytes are detected
// by chardet (CJK, Cyrillic, ...), except that its Latin-script single-byte guesses, unreliable on
// short texts, give way to windows-1252, the web's default for French and English. C1 control
// characters, which no real text contains, are windows-1252's punctuation read as Latin-1
// ("don\x92t"): they are repaired.
import { analyse } from "chardet";
import iconv from "iconv-lite";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function isValidUtf8(body: Buffer): boolean {
  try {
    strictUtf8.decode(body);
    return true;
  } catch {
    return false;
  }
}

function normaliseCharset(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  // WHATWG Encoding: these labels all mean windows-1252, which is what such servers really send
  if (["iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252"].includes(l)) return "windows-1252";
  // GB18030 is a superset of both, and servers label it by the older name (WHATWG Encoding)
  if (["gb2312", "gbk", "x-gbk", "gb_2312-80"].includes(l)) return "gb18030";
  if (l === "utf8") return "utf-8";
  if (l === "utf-16" || l === "utf-32") return `${l}be`;
  return l;
}

/** The charset a document declares in its first bytes: XML prolog or HTML meta. */
export function sniffDeclaredCharset(head: string): string | null {
  const prolog = head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i);
  if (prolog) return prolog[1];
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i);
  return meta ? meta[1] : null;
}

function bomCharset(body: Buffer): { charset: string; skip: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { charset: "utf-8", skip: 3 };
  if (body[0] === 0x00 && body[1] === 0x00 && body[2] === 0xfe && body[3] === 0xff) return { charset: "utf-32be", skip: 4 };
  if (body[0] === 0xff && body[1] === 0xfe && body[2] === 0x00 && body[3] === 0x00) return { charset: "utf-32le", skip: 4 };
  if (body[0] === 0xff && body[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  return null;
}

// XML 1.0 appendix F: "<" or "<?" in a wide encoding, without a BOM
function wideCharset(body: Buffer): string | null {
  const h = body.subarray(0, 4).toString("hex");
  if (h === "0000003c") return "utf-32be";
  if (h === "3c000000") return "utf-32le";
  if (h.startsWith("003c")) return "utf-16be";
  if (h.startsWith("3c00")) return "utf-16le";
  return null;
}

const LATIN_SINGLE_BYTE = /^(iso-8859-(1|2|3|4|9|10|13|14|15|16)|windows-125[0247])$/i;

function detectLegacy(body: Buffer): string {
  const guess = analyse(body)[0];
  if (!guess || LATIN_SINGLE_BYTE.test(guess.name) || guess.confidence < 40) return "windows-1252";
  const name = normaliseCharset(guess.name);
  return iconv.encodingExists(name) ? name : "windows-1252";
}

// windows-1252's 0x80–0x9F, which Latin-1 reads as C1 controls (WHATWG Encoding's index)
const C1_AS_1252 = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), "windows-1252");

function repairC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const r = C1_AS_1252[c.charCodeAt(0) - 0x80];
    return r.charCodeAt(0) >= 0xa0 ? r : c;
  });
}

function decodeAs(body: Buffer, charset: string): string {
  if (charset === "utf-8") return isValidUtf8(body) ? body.toString("utf8") : iconv.decode(body, detectLegacy(body));
  return iconv.decode(body, charset);
}

function chooseCharset(body: Buffer, contentType: string | null): string {
  // a wide pattern is unmistakable, whatever a label says
  const wide = wideCharset(body);
  if (wide) return wide;
  const fromHeader = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  const declared = fromHeader ?? sniffDeclaredCharset(body.subarray(0, 2048).toString("latin1"));
  const utf8 = isValidUtf8(body);
  if (!declared) return utf8 ? "utf-8" : detectLegacy(body);
  const charset = normaliseCharset(declared);
  if (charset === "utf-8") return utf8 ? "utf-8" : detectLegacy(body);
  // Text labelled single-byte that is valid UTF-8 with non-ASCII bytes is almost surely UTF-8.
  if (charset === "windows-1252" && utf8 && body.some((b) => b > 0x7f)) return "utf-8";
  if (!iconv.encodingExists(charset)) return utf8 ? "utf-8" : detectLegacy(body);
  return charset;
}

/** Decodes a response body to a string using the best-supported charset. */
export function decodeBody(body: Buffer, contentType: string | null): string {
  const bom = bomCharset(body);
  const text = bom ? iconv.decode(body.subarray(bom.skip), bom.charset) : decodeAs(body, chooseCharset(body, contentType));
  return repairC1(text);
}
