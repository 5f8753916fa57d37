/**
 * Where a load's CPU goes, from /proc (Linux): this bench process (the client), the app server
 * process (all its threads), PostgreSQL's processes and the whole machine. A throughput that
 * is not the machine's limit hides behind a single figure: CPU per operation, split this way,
 * tells which side pays for what (scripts/bench/save-floor.ts, open-loop.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";

/** Kernel clock ticks per second: 100 on every Linux build Node supports here. */
const TICK_MS = 10;

/** utime + stime of one process (all its threads), in ms; 0 once it is gone. */
function processMs(pid: number | string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** CPU ms of every PostgreSQL process now running, by pid (backends come and go with pools). */
function postgresMs(): Map<string, number> {
  const byPid = new Map<string, number>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/comm`, "utf8").startsWith("postgres")) byPid.set(d, processMs(d));
    } catch {
      /* gone meanwhile */
    }
  }
  return byPid;
}

/** The machine's busy CPU ms (user, nice, system, irq, softirq; not idle, I/O wait or steal). */
function machineBusyMs(): number {
  const [user, nice, system, , , irq, softirq] = readFileSync("/proc/stat", "utf8")
    .split("\n")[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user + nice + system + irq + softirq) * TICK_MS;
}

function clientMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface CpuShare {
  client: number;
  server: number;
  postgres: number;
  machine: number;
  /** Wall time of the measured window, ms. */
  wallMs: number;
}

/** Starts measuring; `stop()` returns the CPU ms each side used since. `serverPid` may be absent (no app running). */
export function cpuMeter(serverPid?: number) {
  const t0 = performance.now();
  const c0 = clientMs();
  const s0 = serverPid ? processMs(serverPid) : 0;
  const p0 = postgresMs();
  const m0 = machineBusyMs();
  return {
    stop(): CpuShare {
      let postgres = 0;
      // A backend that exited meanwhile takes its CPU with it (a small undercount); a new one counts from 0.
      for (const [pid, ms] of postgresMs()) postgres += ms - (p0.get(pid) ?? 0);
      return {
        client: clientMs() - c0,
        server: serverPid ? processMs(serverPid) - s0 : 0,
        postgres,
        machine: machineBusyMs() - m0,
        wallMs: performance.now() - t0,
      };
    },
  };
}

/** The sum of several windows' shares. */
export function addShares(shares: CpuShare[]): CpuShare {
  const sum = (k: keyof CpuShare) => shares.reduce((s, x) => s + x[k], 0);
  return {
    client: sum("client"),
    server: sum("server"),
    postgres: sum("postgres"),
    machine: sum("machine"),
    wallMs: sum("wallMs"),
  };
}

/** CPU ms per operation of each side, and how busy the machine was (0–1 of all its cores). */
export function perOperation(share: CpuShare, operations: number) {
  const per = (v: number) => v / operations;
  return {
    client: per(share.client),
    server: per(share.server),
    postgres: per(share.postgres),
    machine: per(share.machine),
    machineBusy: share.machine / (share.wallMs * availableParallelism()),
  };
}

export type CpuPerOperation = ReturnType<typeof perOperation>;

/** CPU ms per second of wall time of each side, and how busy the machine was (0–1). */
export function perSecond(share: CpuShare) {
  const seconds = share.wallMs / 1000;
  return {
    client: share.client / seconds,
    server: share.server / seconds,
    postgres: share.postgres / seconds,
    machineBusy: share.machine / (share.wallMs * availableParallelism()),
  };
}
