/**
 * Steady score saves from several clients, each recording what the API acknowledged (2xx with
 * a version), how every failure looked (status, code, time taken) and the longest wait.
 */
export interface Ack {
  evaluationId: string;
  criterionKey: string;
  version: number;
  value: number;
}
export interface Failure {
  status: number;
  code: string | null;
  ms: number;
  at: number;
}

export function startLoad(
  base: string,
  token: string,
  evaluationIds: string[],
  criterionKeys: string[],
  clients = 8,
) {
  const acks: Ack[] = [];
  const failures: Failure[] = [];
  let stop = false;
  let maxMs = 0;
  let n = 0;
  const one = async (c: number) => {
    while (!stop) {
      const i = n++;
      const evaluationId = evaluationIds[c % evaluationIds.length];
      const criterionKey = criterionKeys[i % criterionKeys.length];
      const value = i % 5;
      const t = Date.now();
      try {
        const res = await fetch(`${base}/api/v1/evaluations/${evaluationId}/scores/${criterionKey}`, {
          method: "PUT",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ value, rationale: `fault test ${i}` }),
          signal: AbortSignal.timeout(15_000),
        });
        const body = (await res.json().catch(() => null)) as {
          version?: number;
          error?: { code?: string };
        } | null;
        const ms = Date.now() - t;
        maxMs = Math.max(maxMs, ms);
        if (res.ok && typeof body?.version === "number")
          acks.push({ evaluationId, criterionKey, version: body.version, value });
        else failures.push({ status: res.status, code: body?.error?.code ?? null, ms, at: t });
      } catch {
        const ms = Date.now() - t;
        maxMs = Math.max(maxMs, ms);
        failures.push({ status: 0, code: "no-response", ms, at: t });
      }
      // A short pause keeps the load steady rather than a tight spin while requests fail fast.
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const workers = Array.from({ length: clients }, (_, c) => one(c));
  return {
    acks,
    failures,
    maxMs: () => maxMs,
    async stop() {
      stop = true;
      await Promise.all(workers);
    },
  };
}
