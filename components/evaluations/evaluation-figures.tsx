import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { Muted } from "../ui/muted";

interface Figures {
  overall: string;
  coverage: string;
  alpha: string;
  alphaLabel: string;
  knockOuts: string;
  blindNotice: boolean;
}

/** The four headline figures, the weight-profile picker (a GET form: the profile lives in the URL), and the blind notice. */
export function EvaluationFigures({
  figures: f,
  profile,
  profiles,
}: {
  figures: Figures;
  profile: { id: string; name: string };
  profiles: Array<{ id: string; name: string }>;
}) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-4">
        <Card>
          <Muted as="div">Overall ({profile.name})</Muted>
          <div className="text-3xl font-semibold" data-testid="overall">
            {f.overall}
          </div>
        </Card>
        <Card>
          <Muted as="div">Coverage</Muted>
          <div className="text-3xl font-semibold">{f.coverage}</div>
        </Card>
        <Card>
          <Muted as="div">Agreement (α ordinal)</Muted>
          <div className="text-3xl font-semibold">{f.alpha}</div>
          <div className="text-xs text-muted">{f.alphaLabel}</div>
        </Card>
        <Card>
          <Muted as="div">Knock-outs</Muted>
          <div className="text-3xl font-semibold">{f.knockOuts}</div>
        </Card>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
        <label className="grid gap-1">
          Weight profile
          <select
            name="profile"
            defaultValue={profile.id}
            className="h-9 rounded-md border border-border bg-surface px-2"
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </form>
      {f.blindNotice && (
        <Muted>Some sections stay blind to you until you submit them, so the overall score is hidden.</Muted>
      )}
    </>
  );
}
