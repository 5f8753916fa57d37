import { Card } from "../ui/card";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

const STEPS = [
  {
    title: "1 · Blind, independent scores",
    text: "Each reviewer scores every criterion without seeing the others, until they submit their section. That avoids anchoring.",
  },
  {
    title: "2 · Consensus and agreement",
    text: "The consensus is the median of submitted scores. Spreads of two or more points are flagged for discussion.",
  },
  {
    title: "3 · Weighted, with gaps visible",
    text: "Section score = Σ(weight × score) / Σ(weight × 4) × 100 over scored, applicable criteria. Coverage is always shown; unscored is a gap, never a silent zero.",
  },
];

/** The home page's three ideas of the method, one card each. */
export function HowItWorks() {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {STEPS.map((s) => (
        <Card key={s.title}>
          <Heading level={2}>{s.title}</Heading>
          <Muted className="mt-1">{s.text}</Muted>
        </Card>
      ))}
    </div>
  );
}
