import type { CrosswalkLayout } from "@/lib/compare/crosswalk-view";
import { readinessText } from "../../regulations/coverage";
import { Heading } from "../../ui/heading";

/** Vendors by readiness for the chosen regulation, with the coverage counts behind each figure. */
export function ReadinessRanking({
  ranked,
  labels,
}: {
  ranked: CrosswalkLayout["ranked"];
  labels: Record<string, string>;
}) {
  return (
    <section aria-labelledby="xw-ranking-h" className="grid gap-2">
      <Heading level={2} id="xw-ranking-h">
        Ranking by readiness
      </Heading>
      <ol className="grid gap-2" data-testid="crosswalk-ranking">
        {ranked.map((v, i) => (
          <li
            key={v.evaluationId}
            className="grid grid-cols-[1.5rem_1fr_auto] items-baseline gap-x-2 gap-y-1 text-sm sm:grid-cols-[1.5rem_minmax(0,16rem)_3.5rem_1fr_auto]"
          >
            <span className="text-right text-muted tabular-nums">
              {v.readiness === null ? "–" : `${i + 1}.`}
            </span>
            <span className="truncate font-medium" title={labels[v.evaluationId]}>
              {labels[v.evaluationId] ?? v.name}
            </span>
            <span className="text-right font-semibold tabular-nums" data-testid="crosswalk-readiness">
              {readinessText(v.readiness)}
            </span>
            {/* The bar repeats the figure; the text carries it. */}
            <span
              aria-hidden="true"
              className="col-span-3 col-start-2 h-2 rounded-sm bg-surface-2 sm:col-span-1 sm:col-start-auto"
            >
              <span className="block h-2 rounded-sm bg-accent" style={{ width: `${v.readiness ?? 0}%` }} />
            </span>
            <span className="col-span-3 col-start-2 text-xs text-muted sm:col-span-1 sm:col-start-auto">
              {v.counts.full} full · {v.counts.partial} partial · {v.counts.notAssessed} not assessed
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
