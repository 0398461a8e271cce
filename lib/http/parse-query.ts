// Query-string validation at the route boundary: zod safeParse, failures as 400 ApiErrors.
import type { z } from "zod";
import { describeIssue } from "../search/search-params";
import { ApiError } from "./api-error";

/** The URL's query parameters validated by `schema` (the first value of a repeated name wins). */
export function parseQuery<S extends z.ZodType>(url: URL, schema: S): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (!(k in raw)) raw[k] = v;
  // no stored name or word holds a NUL, and PostgreSQL refuses a statement carrying one (issue 21)
  if (Object.values(raw).some((v) => v.includes("\u0000"))) throw new ApiError("bad-request", "a query parameter contains a NUL character");
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ApiError("bad-request", describeIssue(parsed.error));
  return parsed.data;
}
