/**
 * What a `503 busy` costs a server, against Node's own floor: our refusal path
 * (scripts/bench/refusal-server.ts `ours`) and a bare node:http server writing the same answer
 * (`bare`), each alone, sent the same open-loop load of score-save PUTs; the server's CPU per
 * request from /proc. At twice capacity every refusal takes its CPU from the saves being served,
 * so this is the part of the served rate's loss that no refusal on Node can avoid.
 */
import { spawn } from "node:child_process";
import { Agent } from "node:http";
import { cpuMeter } from "./cpu-meter";
import { putJson } from "./http-put";
import { sleep } from "./open-loop-load";

const SECONDS = 5;

async function cpuPerRefusal(mode: "ours" | "bare", port: number, rate: number) {
  const proc = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/bench/refusal-server.ts", mode, String(port)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      proc.stdout!.once("data", () => resolve());
      proc.once("exit", () => reject(new Error(`the ${mode} refusal server exited`)));
    });
    await sleep(200); // `ours`: the held request has taken its slot
    const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
    const send = async (seconds: number) => {
      const pending: Array<Promise<{ status: number }>> = [];
      const start = performance.now();
      for (let i = 0; i < rate * seconds; i++) {
        const wait = start + (i * 1000) / rate - performance.now();
        if (wait > 1) await sleep(wait);
        const body = JSON.stringify({ value: i % 5, rationale: `refused ${i}` });
        pending.push(
          putJson(agent, `http://127.0.0.1:${port}/api/v1/evaluations/e/scores/c`, "t", body, 10_000),
        );
      }
      const answers = await Promise.all(pending);
      if (answers.some((a) => a.status !== 503))
        throw new Error(`the ${mode} server answered other than 503`);
      return answers.length;
    };
    await send(1); // warm-up
    const meter = cpuMeter(proc.pid);
    const sent = await send(SECONDS);
    agent.destroy();
    return meter.stop().server / sent;
  } finally {
    proc.kill("SIGTERM");
  }
}

/** Server CPU ms per refusal at `rate`/s: ours and the bare floor, alternated twice, the lower of each. */
export async function benchRefusalFloor(rate: number, port = 3298) {
  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 2; i++) {
    ours.push(await cpuPerRefusal("ours", port, rate));
    bare.push(await cpuPerRefusal("bare", port, rate));
  }
  return { rate, ours: Math.min(...ours), bare: Math.min(...bare) };
}

export type RefusalFloor = Awaited<ReturnType<typeof benchRefusalFloor>>;
