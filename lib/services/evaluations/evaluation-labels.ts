/**
 * How an evaluation is named in lists and pickers. One place, so the evaluations table and the
 * "previous evaluation" picker cannot drift apart (and a page has no label rules of its own).
 */
export const STATUS_LABEL = { draft: "Draft", in_review: "In review", final: "Final" } as const;

type Status = keyof typeof STATUS_LABEL;
interface FrameworkName {
  vendor: string;
  name: string;
  productVersion: string;
}

export const frameworkLabel = (f: FrameworkName) => `${f.vendor} ${f.name} ${f.productVersion}`;

/** The calendar day (UTC), as the lists show dates. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A row of the evaluations table, and the option the create form offers to carry scores over from. */
export function evaluationListRow(e: {
  id: string;
  status: Status;
  createdAt: Date;
  framework: FrameworkName;
  catalogue: { title: string; version: string };
}) {
  const created = isoDay(e.createdAt);
  const status = STATUS_LABEL[e.status];
  return {
    id: e.id,
    framework: frameworkLabel(e.framework),
    catalogue: `${e.catalogue.title} (${e.catalogue.version})`,
    status,
    created,
    previousLabel: `${e.framework.name} ${e.framework.productVersion} — ${status} (${created})`,
  };
}
