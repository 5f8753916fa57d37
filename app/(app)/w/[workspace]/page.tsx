import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { workspaceDashboard } from "@/lib/services/workspaces/dashboard";

export const metadata = { title: "Workspace" };

const STATUS = { draft: "Draft", in_review: "In review", final: "Final" } as const;
const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

/** The page a reviewer lands on: what is being evaluated, where it stands, what happened. */
export default async function WorkspaceHome({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}`);
  const d = await or404(workspaceDashboard(actor, slug));
  const empty = d.frameworks === 0 && d.recentEvaluations.length === 0;
  return (
    <div className="grid gap-6">
      <PageHeader title={d.workspace.name} />
      {empty && (
        <Card>
          <Heading level={2}>Get started</Heading>
          <Muted className="mt-1">
            Add the{" "}
            <Link className="underline" href={`/w/${slug}/frameworks`}>
              frameworks
            </Link>{" "}
            you are choosing between, then start an{" "}
            <Link className="underline" href={`/w/${slug}/evaluations`}>
              evaluation
            </Link>{" "}
            of each against the{" "}
            <Link className="underline" href="/catalogues">
              criteria catalogue
            </Link>
            : reviewers score blind, then see the spread. Compare them side by side when two or more are
            scored.
          </Muted>
        </Card>
      )}
      <div className="grid gap-4 sm:grid-cols-4">
        <Stat label="Frameworks" value={d.frameworks} testId="dash-frameworks">
          <Link href={`/w/${slug}/frameworks`} className="text-sm underline">
            All frameworks
          </Link>
        </Stat>
        {(Object.keys(STATUS) as Array<keyof typeof STATUS>).map((s) => (
          <Stat key={s} label={`Evaluations · ${STATUS[s]}`} value={d.evaluations[s]} testId={`dash-${s}`} />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <div className="flex items-baseline gap-2">
            <Heading level={2}>Saved comparisons</Heading>
            <Link href={`/w/${slug}/compare`} className="ml-auto text-sm underline">
              New comparison
            </Link>
          </div>
          {d.comparisons.length === 0 ? (
            <Muted className="mt-2">None yet. Open Compare, choose evaluations and save the view.</Muted>
          ) : (
            <ul className="mt-2 grid gap-2" data-testid="saved-comparisons">
              {d.comparisons.map((c) => (
                <li key={c.id} className="text-sm">
                  <Link href={`/w/${slug}/compare?${c.query}`} className="font-medium underline">
                    {c.name}
                  </Link>
                  <span className="text-muted">
                    {" "}
                    · {c.vendors} vendors · top:{" "}
                    {c.top
                      ? `${c.top.name}${c.top.overall != null ? ` (${Math.round(c.top.overall)})` : ""}${c.top.disqualified ? ", knocked out" : ""}`
                      : "—"}
                  </span>
                  {c.description && <p className="text-xs text-muted">{c.description}</p>}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <div className="flex items-baseline gap-2">
            <Heading level={2}>Latest evaluations</Heading>
            <Link href={`/w/${slug}/evaluations`} className="ml-auto text-sm underline">
              All evaluations
            </Link>
          </div>
          {d.recentEvaluations.length === 0 ? (
            <Muted className="mt-2">No evaluations yet.</Muted>
          ) : (
            <ul className="mt-2 grid gap-1 text-sm">
              {d.recentEvaluations.map((e) => (
                <li key={e.id}>
                  <Link className="underline" href={`/w/${slug}/evaluations/${e.id}`}>
                    {e.framework.name} {e.framework.productVersion}
                  </Link>{" "}
                  <span className="text-muted">· {STATUS[e.status]}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card>
        <Heading level={2}>Recent activity</Heading>
        {d.activity.length === 0 ? (
          <Muted className="mt-2">Nothing yet.</Muted>
        ) : (
          <ul className="mt-2 grid gap-1 text-sm" data-testid="activity">
            {d.activity.map((a) => (
              <li key={a.id}>
                <span className="text-muted tabular-nums">{when(a.at)} UTC</span> · {a.who} {a.what}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
