import type { CatalogueDetail } from "@/lib/services/catalogues/catalogues";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

/**
 * A catalogue's sections and criteria, refinements indented under their parent. Plain server
 * HTML with native <details>, so even 800-53's 287 controls cost no client JavaScript.
 */
export function CatalogueOutline({ sections }: { sections: CatalogueDetail["sections"] }) {
  return (
    <div className="grid gap-4">
      {sections.map((s) => (
        <section key={s.key} aria-labelledby={`section-${s.key}`} className="rounded-lg border border-border">
          <Heading
            level={2}
            id={`section-${s.key}`}
            className="border-b border-border bg-surface-2 px-3 py-2"
          >
            <Muted as="span" className="font-mono">
              {s.key}
            </Muted>{" "}
            {s.title}{" "}
            <Muted as="span" className="font-normal">
              · {s.criteria.length} criteria
            </Muted>
          </Heading>
          {s.description && <Muted className="px-3 pt-2 whitespace-pre-line">{s.description}</Muted>}
          <ul className="divide-y divide-border">
            {s.criteria.map((c) => (
              <li key={c.key} className={c.parentKey ? "pl-6" : ""}>
                <details className="px-3 py-2">
                  <summary className="cursor-pointer text-sm">
                    <span className="font-mono text-muted">{c.key}</span> {c.title}
                    {c.parentKey && <span className="ml-2 text-xs text-muted">refines {c.parentKey}</span>}
                  </summary>
                  <div className="mt-2 grid gap-2 text-sm">
                    {c.description && <p className="whitespace-pre-line">{c.description}</p>}
                    {c.guidance && (
                      <p className="whitespace-pre-line text-muted">
                        <span className="font-medium text-fg">Guidance: </span>
                        {c.guidance}
                      </p>
                    )}
                    {!c.description && !c.guidance && <p className="text-muted">No description.</p>}
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
