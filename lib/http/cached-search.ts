// searchAll behind the change stamp: the same query between two database changes is answered from
// memory (the search page renders on every request; the FTS work need not run again).
import { searchAll, type SearchResult } from "../search/search-all";
import type { SearchParams } from "../search/search-params";
import { currentStamp } from "./change-stamp";

const MAX_ENTRIES = 500;
const results = new Map<string, { stamp: string; result: SearchResult }>();

/** searchAll(p), reused until the database changes (LRU of 500 queries). */
export async function cachedSearchAll(p: SearchParams): Promise<SearchResult> {
  const stamp = (await currentStamp()).key;
  const key = JSON.stringify(p);
  const hit = results.get(key);
  if (hit && hit.stamp === stamp) return hit.result;
  const result = searchAll(p);
  results.delete(key);
  results.set(key, { stamp, result });
  if (results.size > MAX_ENTRIES) results.delete(results.keys().next().value as string);
  return result;
}
