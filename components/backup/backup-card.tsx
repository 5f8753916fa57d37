import { Download } from "lucide-react";
import { Card } from "../ui/card";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";
import { RestoreForm } from "./restore-form";

/**
 * Backups of the workspaces the user owns (a download each) and the restore form. Secrets —
 * passwords, two-factor, tokens, share links — are never part of a backup.
 */
export function BackupCard({ owned }: { owned: Array<{ slug: string; name: string }> }) {
  return (
    <Card className="mt-6">
      <Heading level={2}>Backup and restore</Heading>
      <Muted className="mt-1">
        A backup holds a workspace’s frameworks, evaluations with every reviewer’s scores, agreed values,
        weight profiles, saved comparisons and imported catalogues — no passwords, two-factor secrets, tokens
        or share links. Restoring creates a new workspace; people without an account here become disabled
        placeholder reviewers.
      </Muted>
      {owned.length > 0 && (
        <ul className="mt-3 grid gap-1 text-sm" aria-label="Download a backup">
          {owned.map((w) => (
            <li key={w.slug}>
              <a href={`/w/${w.slug}/backup`} download className="inline-flex items-center gap-1">
                <Download aria-hidden size={14} />
                Download backup of {w.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-4">
        <RestoreForm />
      </div>
    </Card>
  );
}
