// The search filters as typed in a URL, validated once (zod) at the boundary.
import { z } from "zod";

const CAUSES = ["network-bgp-dns", "config-change", "software-bug", "hardware-or-datacenter", "capacity-overload", "cyberattack", "third-party", "unknown"] as const;
export const PAGE_SIZE = 20;
export const MAX_PAGE = 50;

const DATE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A date bound: YYYY-MM-DD (a whole UTC day) or an ISO 8601 instant; `end` makes a day inclusive. */
export function dateBound(end: boolean) {
  return z
    .string()
    .trim()
    .regex(DATE_RE, "expected a date like 2021-10-04 or 2021-10-04T15:39:00Z")
    .transform((s, ctx) => {
      const dayOnly = s.length === 10;
      const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(s);
      const ms = Date.parse(dayOnly ? `${s}T00:00:00Z` : zoned ? s : `${s}Z`);
      if (Number.isNaN(ms)) {
        ctx.addIssue({ code: "custom", message: `not a real date: ${s.slice(0, 40)}` });
        return z.NEVER;
      }
      return new Date(dayOnly && end ? ms + 86_400_000 - 1 : ms);
    });
}

const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const searchParamsSchema = z
  .object({
    q: z.string().max(2000, "query too long (2000 characters at most)").default(""),
    service: z.preprocess(empty, z.string().trim().max(80).optional()),
    from: z.preprocess(empty, dateBound(false).optional()),
    to: z.preprocess(empty, dateBound(true).optional()),
    lang: z.preprocess(empty, z.enum(["fr", "en"]).optional()),
    cause: z.preprocess(empty, z.enum(CAUSES).optional()),
    page: z.preprocess(empty, z.coerce.number().int().min(1).max(MAX_PAGE).default(1)),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: "from is after to", path: ["from"] });

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** First problem of a failed parse, as one human sentence naming the parameter. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue?.message ?? "invalid parameters"}`;
}
