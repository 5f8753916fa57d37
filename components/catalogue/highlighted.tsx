import { highlight } from "./filter-criteria";

/** `text` with each match of `query` marked; the runs between matches stay plain text (no element each). */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const runs = highlight(text, query);
  if (runs.length === 1 && !runs[0].match) return runs[0].text;
  return <>{runs.map((run, i) => (run.match ? <mark key={i}>{run.text}</mark> : run.text))}</>;
}
