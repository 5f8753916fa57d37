import Link from "next/link";
import type { regulationPage } from "@/lib/services/evaluations/regulation-page";
import { Cell, DataTable } from "../ui/data-table";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";
import { COVERAGE_LABEL, readinessText } from "./coverage";
import { NotInCatalogue } from "./not-in-catalogue";

type View = Awaited<ReturnType<typeof regulationPage>>;
const HEADINGS = ["Requirement", "Readiness", "Coverage", "Criteria behind it (consensus, relationship)"];

/** Every requirement of one regulation for one evaluation, grouped as the regulation groups them. */
export function RegulationDetail({ view, scoreHref }: { view: View; scoreHref: string }) {
  return (
    <div className="grid gap-6">
      {view.sections.map((s) => (
        <section key={s.key} aria-labelledby={`req-${s.key}`} className="grid gap-2">
          <Heading level={2} id={`req-${s.key}`}>
            {s.title}
          </Heading>
          <DataTable label={s.title} headings={HEADINGS}>
            {s.requirements.map((r) => (
              <tr key={r.key} className="border-t border-border align-top" data-testid="requirement">
                <Cell>
                  <span className="font-medium">{r.key}</span> {r.title}
                </Cell>
                <Cell className="tabular-nums">{readinessText(r.readiness)}</Cell>
                <Cell>{COVERAGE_LABEL[r.coverage]}</Cell>
                <Cell>
                  {r.reason !== null ? (
                    <Muted as="span">{r.reason}</Muted>
                  ) : (
                    <ul className="grid gap-1">
                      {r.contributing.map((c) => (
                        <li key={c.key} title={c.rationale}>
                          <Link
                            className="underline"
                            href={`${scoreHref}/${encodeURIComponent(c.sectionKey)}`}
                          >
                            {c.key}
                          </Link>{" "}
                          {c.title}: {c.consensus} ({c.relationship})
                        </li>
                      ))}
                      {r.notApplicable.length > 0 && (
                        <li className="text-muted">Not applicable: {r.notApplicable.join(", ")}</li>
                      )}
                      {r.unscored.length > 0 && (
                        <li className="text-muted">No consensus yet: {r.unscored.join(", ")}</li>
                      )}
                    </ul>
                  )}
                </Cell>
              </tr>
            ))}
          </DataTable>
        </section>
      ))}
      <NotInCatalogue requirements={view.notInCatalogue} />
    </div>
  );
}
