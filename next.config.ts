import type { NextConfig } from "next";
import path from "node:path";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: keep it out of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
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
};

export default nextConfig;
