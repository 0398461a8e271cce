// The /api/incidents query parameters (contracts.md): q, service, from, to, lang, cursor, limit.
import { z } from "zod";
import { dateBound } from "../search/search-params";

const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const incidentQuerySchema = z
  .object({
    q: z.preprocess(empty, z.string().max(2000, "query too long (2000 characters at most)").optional()),
    service: z.preprocess(empty, z.string().trim().max(80).optional()),
    from: z.preprocess(empty, dateBound(false).optional()),
    to: z.preprocess(empty, dateBound(true).optional()),
    lang: z.preprocess(empty, z.enum(["fr", "en"]).optional()),
    cursor: z.preprocess(empty, z.string().max(200, "cursor: not a cursor returned by this API").optional()),
    limit: z.preprocess(empty, z.coerce.number().int().min(1).max(100).default(20)),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: "from is after to", path: ["from"] });

export type IncidentQuery = z.infer<typeof incidentQuerySchema>;
