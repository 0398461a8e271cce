// SQLite binds at most 999 variables per statement in older builds (32,766 in newer ones, and
// Prisma's own limit in between): keys go in chunks well under that, so a query over any number
// of keys is one statement per chunk instead of "too many SQL variables" (issue 14).
const CHUNK = 400;

/** `keys` cut into chunks one statement can bind. */
export function chunks<T>(keys: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < keys.length; i += size) out.push(keys.slice(i, i + size));
  return out;
}
