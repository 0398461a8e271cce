// Query-string validation at the route boundary: zod safeParse, failures as 400 ApiErrors.
import type { z } from "zod";
import { describeIssue } from "../search/search-params";
import { ApiError } from "./api-error";

/** The URL's query parameters validated by `schema` (the first value of a repeated name wins). */
export function parseQuery<S extends z.ZodType>(url: URL, schema: S): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (!(k in raw)) raw[k] = v;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ApiError("bad-request", describeIssue(parsed.error));
  return parsed.data;
}
