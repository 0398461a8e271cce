// JSON-LD goes into a <script> element, so "</script>" or "<!--" inside source text must not end it.

/** JSON text safe to embed in an HTML script element (<, >, & and line separators escaped). */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
