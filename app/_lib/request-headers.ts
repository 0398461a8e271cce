// Request headers the proxy sets for the pages (names shared by proxy.ts and the readers).
export const LANG_HEADER = "x-outage-lang";
export const PATH_HEADER = "x-outage-path";
