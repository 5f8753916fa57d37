import type { ArchiveToggle } from "@/lib/services/catalogues/archive-toggles";
import { ActionForm, type FormAction } from "../ui/action-form";

/** Said on an archived catalogue's page: what archiving did and did not change. */
export function CatalogueArchivedNotice({ on }: { on: string }) {
  return (
    <p role="status" className="rounded-md border border-border bg-surface-2 px-3 py-2 text-sm">
      Archived on {on}: its evaluations still read it, but it cannot be chosen for new ones.
    </p>
  );
}

/** Archive or restore an imported catalogue (the action is bound to the state it sets). */
export function CatalogueArchiveForm({ action, toggle }: { action: FormAction; toggle: ArchiveToggle }) {
  return (
    <ActionForm
      action={action}
      label={toggle.label}
      pendingText={toggle.pendingText}
      variant={toggle.variant}
      confirm={toggle.confirm}
    />
  );
}
