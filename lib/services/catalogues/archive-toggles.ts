/**
 * What the archive/restore control of a framework or an imported catalogue says, worked out
 * from its state: the page shows these as they are. `archived` is the value the control sends
 * (the opposite of the current state). Archiving confirms first; restoring a catalogue does not,
 * since it only brings the catalogue back into the choice for new evaluations.
 */
export interface ArchiveToggle {
  archived: boolean;
  label: string;
  pendingText: string;
  variant: "secondary" | "danger";
  confirm: string | undefined;
}

export function frameworkArchiveToggle(fw: { name: string; archivedAt: Date | null }) {
  const archived = fw.archivedAt !== null;
  return {
    heading: archived ? "Restore" : "Archive",
    hint: archived
      ? "Restoring puts the framework back in the default list."
      : "Archiving removes the framework from the default list. Its evaluations are kept, and it can be restored at any time.",
    archived: !archived,
    label: archived ? "Restore framework" : "Archive framework",
    pendingText: archived ? "Restoring…" : "Archiving…",
    variant: archived ? "secondary" : "danger",
    confirm: archived
      ? `Restore "${fw.name}" to the framework list?`
      : `Archive "${fw.name}"? It leaves the framework list; its evaluations are kept.`,
  } satisfies ArchiveToggle & { heading: string; hint: string };
}

export function catalogueArchiveToggle(c: { archivedAt: Date | null }): ArchiveToggle {
  const archived = c.archivedAt !== null;
  return {
    archived: !archived,
    label: archived ? "Restore" : "Archive",
    pendingText: archived ? "Restoring…" : "Archiving…",
    variant: archived ? "secondary" : "danger",
    confirm: archived
      ? undefined
      : "Archive this catalogue? Existing evaluations keep it; new ones cannot use it.",
  };
}

/** A workspace's own mapping set: archiving takes it out of readiness, restoring brings it back. */
export function mappingArchiveToggle(m: { archivedAt: Date | null }): ArchiveToggle {
  const archived = m.archivedAt !== null;
  return {
    archived: !archived,
    label: archived ? "Restore mapping set" : "Archive mapping set",
    pendingText: archived ? "Restoring…" : "Archiving…",
    variant: archived ? "secondary" : "danger",
    confirm: archived
      ? undefined
      : "Archive this mapping set? Readiness views stop using it; it stays listed and downloadable.",
  };
}
