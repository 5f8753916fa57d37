import Link from "next/link";
import type { WorkspaceDashboard } from "@/lib/services/workspaces/dashboard";
import { Card } from "../ui/card";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

type Comparison = WorkspaceDashboard["comparisons"][number];

const leader = ({ top }: Comparison) =>
  top
    ? `${top.name}${top.overall != null ? ` (${Math.round(top.overall)})` : ""}${top.disqualified ? ", knocked out" : ""}`
    : "—";

/** The latest saved comparisons, each with how many vendors it holds and who leads it now. */
export function SavedComparisonsCard({ slug, comparisons }: { slug: string; comparisons: Comparison[] }) {
  return (
    <Card>
      <div className="flex items-baseline gap-2">
        <Heading level={2}>Saved comparisons</Heading>
        <Link href={`/w/${slug}/compare`} className="ml-auto text-sm underline">
          New comparison
        </Link>
      </div>
      {comparisons.length === 0 ? (
        <Muted className="mt-2">None yet. Open Compare, choose evaluations and save the view.</Muted>
      ) : (
        <ul className="mt-2 grid gap-2" data-testid="saved-comparisons">
          {comparisons.map((c) => (
            <li key={c.id} className="text-sm">
              <Link href={`/w/${slug}/compare?${c.query}`} className="font-medium underline">
                {c.name}
              </Link>
              <span className="text-muted">
                {" "}
                · {c.vendors} vendors · top: {leader(c)}
              </span>
              {c.description && <p className="text-xs text-muted">{c.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
