// The Authorization check of the admin and internal routes, in constant time.
import { timingSafeEqual } from "node:crypto";

/** True when `header` is "Bearer <expected>"; false when nothing is expected. */
export function bearerTokenMatches(header: string | null | undefined, expected: string | null | undefined): boolean {
  if (!expected || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length));
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
