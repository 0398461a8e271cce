// Starts Debian's nginx with the shipped configuration (deploy/nginx/outage-atlas.conf) in front of
// a running site, on a free loopback port with its cache and logs in a temporary folder, and stops
// it (the reverse-proxy test and `bench:http -- --proxy`). `staticRoot` is also served under
// /static-copy/ so a benchmark can compare with nginx serving a file.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./start-site";

export const NGINX = "/usr/sbin/nginx";
export const SHIPPED_CONF = "deploy/nginx/outage-atlas.conf";

export interface RunningProxy {
  baseUrl: string;
  stop(): Promise<void>;
}

/** The shipped server block, pointed at `upstream` and `port`, its cache inside `dir`. */
export function localNginxConf(shipped: string, o: { upstream: string; port: number; dir: string; staticRoot?: string }): string {
  const server = shipped
    .replace(/proxy_cache_path \S+/, `proxy_cache_path ${path.join(o.dir, "cache")}`)
    .replace(/server 127\.0\.0\.1:3000;/, `server ${o.upstream};`)
    .replace(/listen 80;/, `listen 127.0.0.1:${o.port};`)
    .replace(/server_name _;/, `server_name _;\n  access_log off;${o.staticRoot ? `\n  location /static-copy/ { alias ${o.staticRoot}/; }` : ""}`);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${path.join(o.dir, t)};`).join("\n  ");
  return `worker_processes 1;\npid ${path.join(o.dir, "nginx.pid")};\nerror_log ${path.join(o.dir, "error.log")} warn;\nevents { worker_connections 1024; }\nhttp {\n  ${temp}\n  include /etc/nginx/mime.types;\n${server}\n}\n`;
}

/** nginx in the foreground with the shipped configuration in front of `upstream` (host:port). */
export async function startNginx(upstream: string, staticRoot?: string): Promise<RunningProxy> {
  if (!fs.existsSync(NGINX)) throw new Error(`nginx: ${NGINX} is absent (apt-get install -y nginx)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-nginx-"));
  // started as root, nginx's workers run as an unprivileged user that must reach the cache folders
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, localNginxConf(fs.readFileSync(SHIPPED_CONF, "utf8"), { upstream, port, dir, staticRoot }));
  const check = spawnSync(NGINX, ["-t", "-p", dir, "-c", conf], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx: configuration refused: ${check.stderr}`);
  const child = spawn(NGINX, ["-p", dir, "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr?.on("data", (b) => (err += b));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${err}`);
    const open = await new Promise<boolean>((r) => net.connect(port, "127.0.0.1").once("connect", function (this: net.Socket) { this.destroy(); r(true); }).once("error", () => r(false)));
    if (open) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGQUIT");
        await new Promise((r) => child.once("exit", r));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
