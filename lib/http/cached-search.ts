// searchAll behind the change stamp: the same query between two database changes is answered from
// memory (the search page renders on every request; the FTS work need not run again).
import { searchAll } from "../search/search-all";
import { memoByStamp } from "./stamp-memo";

/** searchAll(p), reused until the database changes (LRU of 500 queries). */
export const cachedSearchAll = memoByStamp(searchAll);
