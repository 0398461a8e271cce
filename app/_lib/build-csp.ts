// The Content-Security-Policy of every page: scripts only from our origin or carrying this
// request's nonce (Next adds it to its own inline scripts), no eval, no plugins, no framing.

/** The CSP header value for one response; `dev` allows the eval React's dev tooling needs. */
export function buildCsp(nonce: string, dev = false): string {
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`, `'self' 'nonce-${nonce}'`);
}

/**
 * The CSP of cached pages that carry no inline script (the incident page): scripts and styles
 * from our origin only. A nonce cannot be used there, since one response serves many requests.
 */
export function buildStaticCsp(): string {
  return policy("'self'", "'self'");
}

function policy(scriptSrc: string, styleSrc: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    `style-src ${styleSrc}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh unpredictable nonce (128 random bits, base64). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
