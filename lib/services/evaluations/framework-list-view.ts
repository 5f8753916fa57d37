/** `?archived=1` lists archived frameworks too; any other value (or several) lists the active ones. */
export const showArchivedParam = (value: string | string[] | undefined) => value === "1";

/**
 * The frameworks list's heading, the link that flips the archived filter, and what an empty
 * list says: those who may add a framework are pointed at the form above it.
 */
export function frameworkListView(slug: string, showArchived: boolean, canWrite: boolean) {
  const base = `/w/${slug}/frameworks`;
  return {
    heading: showArchived ? "All frameworks" : "Active frameworks",
    toggle: showArchived
      ? { href: base, label: "Hide archived" }
      : { href: `${base}?archived=1`, label: "Show archived" },
    empty: canWrite ? "No frameworks yet — add the first one above." : "No frameworks yet.",
  };
}
