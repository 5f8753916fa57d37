import { td, tdNum, th, thNum } from "./chart-figure";
import { formatScore } from "./format";

/** The radar's and the bars' numbers: vendors × sections, exactly as plotted. */
export function SectionScoreTable({
  sections,
  vendors,
  scores,
}: {
  sections: ReadonlyArray<{ key: string; title: string }>;
  vendors: ReadonlyArray<{ id: string; name: string }>;
  scores: ReadonlyMap<string, ReadonlyArray<number | null>>;
}) {
  return (
    <table className="w-full text-sm">
      <thead className="bg-surface-2 text-muted">
        <tr>
          <th scope="col" className={th}>
            Vendor
          </th>
          {sections.map((s) => (
            <th key={s.key} scope="col" className={thNum}>
              {s.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {vendors.map((v) => (
          <tr key={v.id} className="border-t border-border">
            <th scope="row" className={`${td} text-left font-normal`}>
              {v.name}
            </th>
            {sections.map((s, i) => (
              <td key={s.key} className={tdNum}>
                {formatScore(scores.get(v.id)?.[i])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
