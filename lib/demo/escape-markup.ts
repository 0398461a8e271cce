// Escaping for everything the demo server writes into HTML and XML.

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML/XML element content and double- or single-quoted attributes. */
export function escapeMarkup(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => entities[c]);
}

/** JSON safe inside <script>: "<" is written as \u003c so "</script>" cannot close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
