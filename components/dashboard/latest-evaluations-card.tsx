import Link from "next/link";
import type { WorkspaceDashboard } from "@/lib/services/workspaces/dashboard";
import { Card } from "../ui/card";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";
import { EVALUATION_STATUS } from "./status";

/** The most recently started evaluations, with their status. */
export function LatestEvaluationsCard({
  slug,
  evaluations,
}: {
  slug: string;
  evaluations: WorkspaceDashboard["recentEvaluations"];
}) {
  return (
    <Card>
      <div className="flex items-baseline gap-2">
        <Heading level={2}>Latest evaluations</Heading>
        <Link href={`/w/${slug}/evaluations`} className="ml-auto text-sm underline">
          All evaluations
        </Link>
      </div>
      {evaluations.length === 0 ? (
        <Muted className="mt-2">No evaluations yet.</Muted>
      ) : (
        <ul className="mt-2 grid gap-1 text-sm">
          {evaluations.map((e) => (
            <li key={e.id}>
              <Link className="underline" href={`/w/${slug}/evaluations/${e.id}`}>
                {e.framework.name} {e.framework.productVersion}
              </Link>{" "}
              <span className="text-muted">· {EVALUATION_STATUS[e.status]}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
