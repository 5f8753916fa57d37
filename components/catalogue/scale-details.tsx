import type { Scale } from "@/lib/schemas/catalogue";
import { ScaleTable } from "./scale-table";

/** The rating scale folded away under the header, for pages where it is reference, not the subject. */
export function ScaleDetails({ scale }: { scale: Scale }) {
  return (
    <details className="rounded-lg border border-border px-3 py-2">
      <summary className="cursor-pointer text-sm font-medium">Rating scale</summary>
      <div className="mt-2">
        <ScaleTable scale={scale} />
      </div>
    </details>
  );
}
