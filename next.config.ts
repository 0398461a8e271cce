import type { NextConfig } from "next";
import path from "node:path";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: keep it out of the server bundle; pg (PostgreSQL, issue 21)
  // loads its optional native binding by name, which a bundler cannot resolve
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // `next build` type-checks what the site bundles (app/, proxy.ts and their imports), not the
  // CLI scripts and tests, which `npm run typecheck` covers with the full tsconfig.json.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // pages and data are cached in this process's memory, never on disk (why: cache-handler.mjs)
  cacheHandler: path.resolve("cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // every answer, the JSON API and XML feeds included (which the proxy skips), is read as the
  // type it declares (issue 14); the proxy adds the same header to the pages it handles
  async headers() {
    return [{ source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }];
  },
  // feeds are served by a Pages API route, whose Vary Next leaves alone (why: pages/api/feed.ts)
  async rewrites() {
    const feed = (source: string) => ({ source, destination: `/api/feed?feed=${source}` });
    return {
      beforeFiles: [feed("/feed.xml"), feed("/feed.atom"), feed("/feed.json"), feed("/services/:service/feed.xml"), feed("/incidents/:slug/feed.xml")],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
