import type { ComparisonData } from "@/lib/compare/types";
import { isComplete } from "@/lib/compare/vendor-input";
import type { RankedVendor, Sensitivity } from "@/lib/scoring";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

const pct = (v: number | null) => (v == null ? "—" : String(Math.round(v)));

/** The ranking under the chosen profile, then "what would change it?" in plain words. */
export function RankingSummary({
  data,
  ranked,
  sensitivity,
  profileName,
}: {
  data: ComparisonData;
  ranked: RankedVendor[];
  sensitivity: Sensitivity | null | undefined;
  profileName: string;
}) {
  const name = (id: string) => ranked.find((r) => r.id === id)?.name ?? id;
  const criterion = (key: string) => data.sections.flatMap((s) => s.criteria).find((c) => c.key === key);
  const section = (key: string) => data.sections.find((s) => s.key === key)?.title ?? key;
  const partial = new Set(data.vendors.filter((v) => !isComplete(v)).map((v) => v.evaluationId));
  return (
    <section aria-labelledby="ranking-h" className="grid gap-4 lg:grid-cols-2">
      <div>
        <Heading level={2} id="ranking-h">
          Ranking <span className="font-normal text-muted">({profileName})</span>
        </Heading>
        <ol className="mt-2 grid gap-1" data-testid="ranking">
          {ranked.map((r) => (
            <li key={r.id} className="flex items-baseline gap-2 text-sm">
              <span className="w-6 text-right text-muted tabular-nums">{r.rank}.</span>
              <span className="font-medium">{r.name}</span>
              <span className="ml-auto font-semibold tabular-nums">{pct(r.overall)}</span>
              <span className="w-28 text-xs text-muted">{Math.round(r.result.coverage * 100)}% covered</span>
              {r.disqualified && (
                <span className="rounded bg-danger/15 px-1.5 text-xs font-medium text-danger">
                  knocked out
                </span>
              )}
              {partial.has(r.id) && (
                <span className="text-xs text-muted" title="Some sections stay hidden until you submit them">
                  partial*
                </span>
              )}
            </li>
          ))}
        </ol>
        {partial.size > 0 && (
          <p className="mt-1 text-xs text-muted">
            * Built from the sections you can see; the others stay hidden until you submit your own scores for
            them.
          </p>
        )}
      </div>
      <div data-testid="sensitivity">
        <Heading level={2}>What would change the ranking?</Heading>
        {sensitivity === undefined ? (
          // Only after a profile switch in the browser (the server sends the address's profile's answer): four lines, like the answer, so nothing jumps.
          <ul aria-busy="true" className="mt-2 grid list-disc gap-1 pl-5 text-sm text-muted">
            {[0, 1, 2, 3].map((i) => (
              <li key={i}>Working this out…</li>
            ))}
          </ul>
        ) : !sensitivity ? (
          <Muted className="mt-2">Needs at least two vendors with scores.</Muted>
        ) : (
          <ul className="mt-2 grid list-disc gap-1 pl-5 text-sm">
            <li>
              {name(sensitivity.leaderId)} leads {name(sensitivity.runnerUpId)}
              {sensitivity.margin != null && <> by {sensitivity.margin.toFixed(1)} points</>}.
            </li>
            <li>
              {sensitivity.scoreSwap ? (
                <>
                  Smallest single score change that swaps them: {name(sensitivity.scoreSwap.vendorId)} on{" "}
                  <span className="font-mono text-xs">{sensitivity.scoreSwap.criterionKey}</span>{" "}
                  {criterion(sensitivity.scoreSwap.criterionKey)?.title} from {sensitivity.scoreSwap.from} to{" "}
                  {sensitivity.scoreSwap.to}.
                </>
              ) : (
                <>No single score change swaps them.</>
              )}
            </li>
            <li>
              {sensitivity.weightSwap ? (
                <>
                  Smallest section-weight change that swaps them: {section(sensitivity.weightSwap.sectionKey)}{" "}
                  from {sensitivity.weightSwap.from} to {sensitivity.weightSwap.to}.
                </>
              ) : (
                <>No change of a single section weight (0–100) swaps them.</>
              )}
            </li>
            <li>
              {sensitivity.sameUnderAllPresets ? (
                "The ranking is the same under every preset profile."
              ) : (
                <>
                  The ranking changes between presets:{" "}
                  {sensitivity.presets
                    .map((p) => `${p.profileName}: ${p.order.map(name).join(" > ")}`)
                    .join("; ")}
                  .
                </>
              )}
            </li>
          </ul>
        )}
      </div>
    </section>
  );
}
