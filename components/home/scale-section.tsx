import type { Scale } from "@/lib/schemas/catalogue";
import { ScaleTable } from "../catalogue/scale-table";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

/** The home page's explanation of the rating scale, with the scale itself. */
export function ScaleSection({ scale }: { scale: Scale }) {
  return (
    <section aria-labelledby="scale" className="mt-8">
      <Heading level={2} size="section" id="scale" className="mb-1">
        The “secure by default” scale
      </Heading>
      <Muted className="mb-3 max-w-3xl">
        The top of the scale rewards what the OWASP document asks for: security that developers do not have to
        think about. N/A needs a rationale and is left out of every denominator.
      </Muted>
      <ScaleTable scale={scale} />
    </section>
  );
}
