import { ComparePicker } from "./compare-picker";

/** The picker, folded away under "Change the selection" once a comparison is shown. */
export function CompareSelection({
  slug,
  evaluations,
  selected,
  narrowedTo,
}: {
  slug: string;
  evaluations: Parameters<typeof ComparePicker>[0]["evaluations"];
  selected: string[];
  narrowedTo: string | undefined;
}) {
  const compared = narrowedTo !== undefined;
  return (
    <details open={!compared} className="group" data-testid="compare-selection">
      <summary className="cursor-pointer text-sm font-medium">
        {compared ? "Change the selection" : "Selection"}
      </summary>
      <div className="mt-2">
        <ComparePicker slug={slug} evaluations={evaluations} selected={selected} narrowedTo={narrowedTo} />
      </div>
    </details>
  );
}
