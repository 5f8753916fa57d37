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

/** Imported data (a catalogue, a mapping set): archiving confirms first, restoring does not. */
function dataArchiveToggle(archivedAt: Date | null, noun: string, confirm: string): ArchiveToggle {
  const archived = archivedAt !== null;
  return {
    archived: !archived,
    label: archived ? `Restore${noun}` : `Archive${noun}`,
    pendingText: archived ? "Restoring…" : "Archiving…",
    variant: archived ? "secondary" : "danger",
    confirm: archived ? undefined : confirm,
  };
}

export const catalogueArchiveToggle = (c: { archivedAt: Date | null }) =>
  dataArchiveToggle(
    c.archivedAt,
    "",
    "Archive this catalogue? Existing evaluations keep it; new ones cannot use it.",
  );

/** A workspace's own mapping set: archiving takes it out of readiness, restoring brings it back. */
export const mappingArchiveToggle = (m: { archivedAt: Date | null }) =>
  dataArchiveToggle(
    m.archivedAt,
    " mapping set",
    "Archive this mapping set? Readiness views stop using it; it stays listed and downloadable.",
  );
