// The "last change" stamp caches are keyed by, read from the database at most once per second so
// a separate ingest process's writes show up within a second without a rebuild.
import { getChangeStamp } from "../db/change-stamps";

export interface ChangeStamp { key: string; lastModified: Date }

const MAX_AGE_MS = 1000;
const state: { at: number; value: Promise<ChangeStamp> | null } = { at: 0, value: null };

/** The current stamp, shared by concurrent requests; refreshed when older than a second. */
export function currentStamp(): Promise<ChangeStamp> {
  const now = Date.now();
  if (!state.value || now - state.at >= MAX_AGE_MS) {
    state.at = now;
    state.value = getChangeStamp().catch((err) => {
      state.value = null; // retry on the next request rather than caching a failure
      throw err;
    });
  }
  return state.value;
}

/** Forgets the stamp (tests that write and read within the same second). */
export function resetStamp(): void {
  state.value = null;
}
