// The e2e tests build the site the way bench:http does (one shared, locked, skip-if-fresh build).
export { buildIsStale, ensureBuild } from "../../../scripts/ensure-next-build";
