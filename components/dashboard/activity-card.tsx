import type { WorkspaceDashboard } from "@/lib/services/workspaces/dashboard";
import { Card } from "../ui/card";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

/** What happened lately, in UTC (the service already leaves out scores and security events). */
export function ActivityCard({ activity }: { activity: WorkspaceDashboard["activity"] }) {
  return (
    <Card>
      <Heading level={2}>Recent activity</Heading>
      {activity.length === 0 ? (
        <Muted className="mt-2">Nothing yet.</Muted>
      ) : (
        <ul className="mt-2 grid gap-1 text-sm" data-testid="activity">
          {activity.map((a) => (
            <li key={a.id}>
              <span className="text-muted tabular-nums">{when(a.at)} UTC</span> · {a.who} {a.what}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
