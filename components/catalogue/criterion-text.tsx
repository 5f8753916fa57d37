import { Card } from "../ui/card";

/** What a criterion asks and, when the catalogue gives it, the evidence to look for. */
export function CriterionText({
  criterion,
}: {
  criterion: { description: string; guidance: string | null };
}) {
  return (
    <Card>
      <h2 className="mb-1 text-sm font-semibold tracking-wide text-muted uppercase">What it asks</h2>
      <p className="whitespace-pre-line" data-testid="criterion-description">
        {criterion.description || "—"}
      </p>
      {criterion.guidance && (
        <>
          <h2 className="mt-4 mb-1 text-sm font-semibold tracking-wide text-muted uppercase">
            Evidence to look for
          </h2>
          <p className="whitespace-pre-line">{criterion.guidance}</p>
        </>
      )}
    </Card>
  );
}
