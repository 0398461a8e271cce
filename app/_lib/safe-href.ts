// Links from sources are untrusted: only absolute http(s) URLs become hrefs.

/** The URL normalised if it is http: or https:, otherwise null (javascript:, data:, relative, junk). */
export function safeHref(raw: string | null | undefined): string | null {
  if (typeof raw !== "string") return null;
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const u = new URL(trimmed);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** The host name to show for a URL ("www.lemonde.fr"), or the raw text if it does not parse. */
export function hostOf(raw: string): string {
  try {
    return new URL(raw).hostname || raw;
  } catch {
    return raw;
  }
}
