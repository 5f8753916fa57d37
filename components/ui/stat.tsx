import type { ReactNode } from "react";
import { Card } from "./card";
import { Muted } from "./muted";

/** One figure on a dashboard card: its label, the value, and optional detail below. */
export function Stat({
  label,
  value,
  testId,
  children,
}: {
  label: ReactNode;
  value: ReactNode;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <Card>
      <Muted as="div">{label}</Muted>
      <div className="text-2xl font-semibold" data-testid={testId}>
        {value}
      </div>
      {children}
    </Card>
  );
}
