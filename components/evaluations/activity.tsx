import type { evaluationActivity } from "@/lib/services/evaluations/evaluation-activity";
import { TableScroll } from "../ui/table-scroll";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

type Activity = Awaited<ReturnType<typeof evaluationActivity>>;

/** Who has scored how much of each section, and the latest score changes the caller may see. */
export function EvaluationActivity({ activity }: { activity: Activity }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="progress" className="rounded-lg border border-border bg-surface p-4">
        <Heading level={2} id="progress" className="mb-2">
          Reviewer progress
        </Heading>
        <ul className="grid gap-2 text-sm" data-testid="reviewer-progress">
          {activity.progress.map((s) => (
            <li key={s.key}>
              <span className="font-medium">{s.title}</span>
              <ul className="mt-1 grid gap-0.5">
                {s.reviewers.map((r) => (
                  <li key={r.email} className="flex items-center gap-2">
                    <progress
                      max={s.total}
                      value={r.scored}
                      className="h-2 w-24"
                      aria-label={`${r.email}: ${r.scored} of ${s.total}`}
                    />
                    <span className="tabular-nums">
                      {r.scored}/{s.total}
                    </span>{" "}
                    <span className="text-muted">{r.email}</span>
                    {r.submitted && <span className="text-ok">submitted</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="history">
        <Heading level={2} id="history" className="mb-2">
          Latest score changes
        </Heading>
        {activity.history.length === 0 ? (
          <Muted>No changes you can see yet.</Muted>
        ) : (
          <TableScroll label="Latest score changes">
            <table className="w-full text-sm">
              <thead className="bg-surface-2 text-left text-muted">
                <tr>
                  {["When (UTC)", "Criterion", "Reviewer", "Score", "Version"].map((h) => (
                    <th key={h} scope="col" className="px-3 py-1.5 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {activity.history.map((h) => (
                  <tr key={h.id} className="border-t border-border" data-testid="history-row">
                    <td className="px-3 py-1.5 whitespace-nowrap">
                      {h.savedAt.toISOString().slice(0, 16).replace("T", " ")}
                    </td>
                    <td className="px-3 py-1.5 font-mono text-xs">{h.criterionKey}</td>
                    <td className="px-3 py-1.5">{h.reviewer}</td>
                    <td className="px-3 py-1.5 tabular-nums">{h.value ?? "—"}</td>
                    <td className="px-3 py-1.5 tabular-nums">{h.version}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
