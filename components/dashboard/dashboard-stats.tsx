import Link from "next/link";
import { Stat } from "../ui/stat";
import { EVALUATION_STATUS, type EvaluationStatus } from "./status";

/** The workspace's figures: frameworks, and evaluations per status. */
export function DashboardStats({
  slug,
  frameworks,
  evaluations,
}: {
  slug: string;
  frameworks: number;
  evaluations: Record<EvaluationStatus, number>;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-4">
      <Stat label="Frameworks" value={frameworks} testId="dash-frameworks">
        <Link href={`/w/${slug}/frameworks`} className="text-sm underline">
          All frameworks
        </Link>
      </Stat>
      {(Object.keys(EVALUATION_STATUS) as EvaluationStatus[]).map((s) => (
        <Stat
          key={s}
          label={`Evaluations · ${EVALUATION_STATUS[s]}`}
          value={evaluations[s]}
          testId={`dash-${s}`}
        />
      ))}
    </div>
  );
}
