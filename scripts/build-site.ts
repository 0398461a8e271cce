// Builds the site when something it bundles changed since the last build (the same check and lock
// as the e2e tests and bench:http); used by npm run demo.
import { buildIsStale, ensureBuild } from "./ensure-next-build";

if (buildIsStale()) console.error("demo: building the site (next build, about a minute)");
const r = ensureBuild();
console.error(r.built ? `demo: built in ${(r.ms / 1000).toFixed(0)} s` : "demo: reusing the existing build in .next");
