// Bytes to text: BOM, then the Content-Type charset, then the XML prolog or <meta charset>, then
// UTF-8; a declaration the bytes contradict (invalid UTF-8, or UTF-8 labelled Latin-1) is overruled,
// because French feeds are often served with the wrong label.
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
  if (l === "utf8") return "utf-8";
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
  if (body[0] === 0xff && body[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  return null;
}

/** Decodes a response body to a string using the best-supported charset. */
export function decodeBody(body: Buffer, contentType: string | null): string {
  const bom = bomCharset(body);
  if (bom) return iconv.decode(body.subarray(bom.skip), bom.charset);
  const fromHeader = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  const declared = normaliseCharset(fromHeader ?? sniffDeclaredCharset(body.subarray(0, 2048).toString("latin1")) ?? "utf-8");
  const utf8 = isValidUtf8(body);
  if (declared === "utf-8") return utf8 ? body.toString("utf8") : iconv.decode(body, "windows-1252");
  // Text labelled single-byte that is valid UTF-8 with non-ASCII bytes is almost surely UTF-8.
  if (declared === "windows-1252" && utf8 && body.some((b) => b > 0x7f)) return body.toString("utf8");
  if (!iconv.encodingExists(declared)) return utf8 ? body.toString("utf8") : iconv.decode(body, "windows-1252");
  return iconv.decode(body, declared);
}
