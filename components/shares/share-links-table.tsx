import { ActionForm, type FormAction } from "@/components/ui/action-form";
import { TableScroll } from "@/components/ui/table-scroll";

export interface ShareLinkRow {
  id: string;
  title: string;
  creator: { name: string; email: string };
  createdAt: Date;
  expiresAt: Date;
  lastViewedAt: Date | null;
  viewCount: number;
  hideReviewers: boolean;
  evaluationIds: string[];
  state: "active" | "expired" | "revoked";
  canRevoke: boolean;
}

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "never");

const STATE_STYLE: Record<ShareLinkRow["state"], string> = {
  active: "border-transparent bg-accent-soft text-accent",
  expired: "border-border bg-surface-2 text-muted",
  revoked: "border-danger text-danger",
};

/** The workspace's public comparison links, newest first, with a Revoke for those allowed. */
export function ShareLinksTable({ links, revoke }: { links: ShareLinkRow[]; revoke: FormAction }) {
  return (
    <TableScroll label="Share links">
      <table className="w-full text-sm">
        <caption className="sr-only">Share links of this workspace</caption>
        <thead className="bg-surface-2 text-left text-muted">
          <tr>
            {["Title", "Created by", "Created", "Expires", "State", "Views", "Last viewed", ""].map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {links.map((l) => (
            <tr key={l.id} className="border-t border-border align-top" data-testid="share-link-row">
              <td className="px-3 py-2">
                <div className="font-medium">{l.title}</div>
                <div className="text-xs text-muted">
                  {l.evaluationIds.length === 1 ? "1 evaluation" : `${l.evaluationIds.length} evaluations`}
                  {l.hideReviewers && " · reviewer names hidden"}
                </div>
              </td>
              <td className="px-3 py-2" title={l.creator.email}>
                {l.creator.name || l.creator.email || "former member"}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{when(l.createdAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{when(l.expiresAt)}</td>
              <td className="px-3 py-2">
                <span className={`inline-flex rounded border px-1.5 py-0.5 text-xs ${STATE_STYLE[l.state]}`}>
                  {l.state}
                </span>
              </td>
              <td className="px-3 py-2 tabular-nums">{l.viewCount}</td>
              <td className="px-3 py-2 whitespace-nowrap">{when(l.lastViewedAt)}</td>
              <td className="px-3 py-2">
                {l.canRevoke && (
                  <ActionForm
                    action={revoke}
                    hidden={{ id: l.id }}
                    label="Revoke"
                    variant="danger"
                    pendingText="Revoking…"
                    confirm={`Revoke "${l.title}"? Anyone opening the link from now on gets "no longer available".`}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
