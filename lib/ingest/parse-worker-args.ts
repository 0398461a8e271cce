// The command line of `npm run worker`. Pure: reading files and the environment is the caller's job.

export interface WorkerArgs {
  concurrency: number;
  intervalSeconds: number | null;
  sourcesFile: string | null;
  healthFile: string | null;
  once: boolean;
  checkHealth: boolean;
  help: boolean;
}

export const WORKER_USAGE = `usage: npm run worker -- [--sources FILE] [--interval SECONDS] [--concurrency N] [--health FILE] [--once] [--check-health]
  --sources FILE      record the sources of a list (JSON or OPML, e.g. sources/default.json) before polling
  --interval SECONDS  poll every source this often instead of its kind's interval (backoff still applies)
  --concurrency N     sources fetched at once (default 4)
  --health FILE       health record rewritten after every batch (default data/worker-health.json)
  --once              one batch of due sources, then exit (for cron)
  --check-health      exit 0 when the health record is fresh, 1 otherwise (for a supervisor)`;

function positive(flag: string, v: string | undefined): number {
  const n = Number(v);
  if (!v || !Number.isFinite(n) || n <= 0) throw new Error(`worker: ${flag} needs a positive number`);
  return n;
}

/** Parses argv; throws "worker: ..." on an unknown or malformed option. */
export function parseWorkerArgs(argv: string[]): WorkerArgs {
  const a: WorkerArgs = { concurrency: 4, intervalSeconds: null, sourcesFile: null, healthFile: null, once: false, checkHealth: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--concurrency") a.concurrency = Math.min(32, Math.floor(positive(flag, argv[++i])));
    else if (flag === "--interval") a.intervalSeconds = positive(flag, argv[++i]);
    else if (flag === "--sources" || flag === "--health") {
      const file = argv[++i];
      if (!file) throw new Error(`worker: ${flag} needs a FILE`);
      if (flag === "--sources") a.sourcesFile = file;
      else a.healthFile = file;
    } else if (flag === "--once") a.once = true;
    else if (flag === "--check-health") a.checkHealth = true;
    else if (flag === "--help" || flag === "-h") a.help = true;
    else throw new Error(`worker: unknown option ${flag}`);
  }
  return a;
}
