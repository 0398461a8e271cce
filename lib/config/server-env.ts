// The server's settings from the environment, read and validated here only (README, "Settings").
// A malformed value is an error naming the variable, at the first read, rather than a silent
// default or a broken link later. Parsed once per set of values: tests that change a variable
// get the new value. DATABASE_URL stays with lib/db (database-url.ts); NEXT_* and NODE_ENV are Next's.
import { z } from "zod";

// unset and empty (or white space) mean the same: not configured
const optional = <T extends z.ZodTypeAny>(t: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), t.optional());

const origin = z
  .string()
  .trim()
  .url()
  .transform((s) => new URL(s))
  .refine((u) => (u.protocol === "http:" || u.protocol === "https:") && u.pathname === "/" && !u.search && !u.hash && !u.username, "an http(s) origin without path, query or credentials, like https://outages.example")
  .transform((u) => u.origin);

const schema = z.object({
  /** The public origin for absolute links (feeds, sitemap, canonical links); else the request's. */
  SITE_URL: optional(origin),
  /** Enables POST /admin/revalidate (Bearer token); unset, the route answers 404. */
  ADMIN_TOKEN: optional(z.string().trim().min(1)),
  /** Longest a cached incident page stays stale when nothing asks for its refresh, in seconds. */
  PAGE_SMAXAGE: optional(z.coerce.number().int().positive()).transform((n) => n ?? 60),
  /** The port `next start` listens on (set by Next), and how the server reaches itself. */
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  INTERNAL_ORIGIN: optional(origin),
});

export type ServerEnv = z.infer<typeof schema>;
const KEYS = Object.keys(schema.shape) as (keyof ServerEnv)[];

let memo: { raw: string; env: ServerEnv } | null = null;

/** The validated settings; throws naming the first malformed variable. */
export function serverEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const values = Object.fromEntries(KEYS.map((k) => [k, source[k]]));
  const raw = JSON.stringify(values);
  if (memo?.raw === raw) return memo.env;
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join(".") ?? "environment"} must be ${issue?.message ?? "valid"}; got ${JSON.stringify(values[String(issue?.path[0])])}`);
  }
  memo = { raw, env: parsed.data };
  return memo.env;
}
