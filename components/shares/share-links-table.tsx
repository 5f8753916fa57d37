import { ActionForm, type FormAction } from "@/components/ui/action-form";
import { Cell, DataTable } from "@/components/ui/data-table";

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
    <DataTable
      label="Share links"
      headings={["Title", "Created by", "Created", "Expires", "State", "Views", "Last viewed", ""]}
      caption="Share links of this workspace"
      headingClassName="whitespace-nowrap"
    >
      {links.map((l) => (
        <tr key={l.id} className="border-t border-border align-top" data-testid="share-link-row">
          <Cell>
            <div className="font-medium">{l.title}</div>
            <div className="text-xs text-muted">
              {l.evaluationIds.length === 1 ? "1 evaluation" : `${l.evaluationIds.length} evaluations`}
              {l.hideReviewers && " · reviewer names hidden"}
            </div>
          </Cell>
          <Cell title={l.creator.email}>{l.creator.name || l.creator.email || "former member"}</Cell>
          <Cell className="whitespace-nowrap">{when(l.createdAt)}</Cell>
          <Cell className="whitespace-nowrap">{when(l.expiresAt)}</Cell>
          <Cell>
            <span className={`inline-flex rounded border px-1.5 py-0.5 text-xs ${STATE_STYLE[l.state]}`}>
              {l.state}
            </span>
          </Cell>
          <Cell className="tabular-nums">{l.viewCount}</Cell>
          <Cell className="whitespace-nowrap">{when(l.lastViewedAt)}</Cell>
          <Cell>
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
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
