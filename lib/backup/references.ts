import type { FieldIssue } from "../errors/app-error";
import { mappingReferenceIssues } from "./mapping-sets";
import type { Backup } from "./schema";

/** What a restore needs to know of a catalogue to check the scores that point into it. */
export interface CatalogueShape {
  max: number;
  sections: Map<string, Set<string>>;
}

const MAX_ISSUES = 50;

/**
 * Every `…Ref` of a parsed backup must name something in the same file: a dangling reference
 * is refused by its JSON path (`$.evaluations[3].scores[0].reviewerRef`), not guessed at.
 */
export function referenceIssues(b: Backup): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const people = new Set(b.people.map((p) => p.ref));
  const frameworks = new Set(b.frameworks.map((f) => f.ref));
  const evaluations = new Set(b.evaluations.map((e) => e.ref));
  const catalogues = new Set(b.catalogues.map((c) => `${c.slug}@${c.version}`));
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok && issues.length < MAX_ISSUES) issues.push({ field, message });
  };
  b.evaluations.forEach((e, i) => {
    const at = `$.evaluations[${i}]`;
    need(frameworks.has(e.frameworkRef), `${at}.frameworkRef`, "no framework has this ref");
    need(
      catalogues.has(`${e.catalogue.slug}@${e.catalogue.version}`),
      `${at}.catalogue`,
      "not listed in $.catalogues",
    );
    need(
      e.previousEvaluationRef === null || evaluations.has(e.previousEvaluationRef),
      `${at}.previousEvaluationRef`,
      "no evaluation has this ref",
    );
    need(
      e.createdByRef === null || people.has(e.createdByRef),
      `${at}.createdByRef`,
      "no person has this ref",
    );
    const sectionKeys = new Set<string>();
    e.sections.forEach((s, j) => {
      need(!sectionKeys.has(s.sectionKey), `${at}.sections[${j}].sectionKey`, "duplicate section");
      sectionKeys.add(s.sectionKey);
      s.assigneeRefs.forEach((r, k) =>
        need(people.has(r), `${at}.sections[${j}].assigneeRefs[${k}]`, "no person has this ref"),
      );
      s.submittedByRefs.forEach((r, k) =>
        need(people.has(r), `${at}.sections[${j}].submittedByRefs[${k}]`, "no person has this ref"),
      );
    });
    const scoreKeys = new Set<string>();
    e.scores.forEach((s, j) => {
      need(people.has(s.reviewerRef), `${at}.scores[${j}].reviewerRef`, "no person has this ref");
      const k = `${s.criterionKey}\u0000${s.reviewerRef}`;
      need(!scoreKeys.has(k), `${at}.scores[${j}]`, "a second score by the same reviewer for this criterion");
      scoreKeys.add(k);
    });
    const agreedKeys = new Set<string>();
    e.agreed.forEach((a, j) => {
      need(people.has(a.setByRef), `${at}.agreed[${j}].setByRef`, "no person has this ref");
      need(
        !agreedKeys.has(a.criterionKey),
        `${at}.agreed[${j}].criterionKey`,
        "a second agreed value for this criterion",
      );
      agreedKeys.add(a.criterionKey);
    });
  });
  return [...issues, ...mappingReferenceIssues(b.mappingSets, catalogues)].slice(0, MAX_ISSUES);
}

/** Section and criterion keys, and values on the scale, of each evaluation's catalogue. */
export function catalogueIssues(
  b: Backup,
  shapeOf: (slug: string, version: string) => CatalogueShape,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok && issues.length < MAX_ISSUES) issues.push({ field, message });
  };
  b.evaluations.forEach((e, i) => {
    const at = `$.evaluations[${i}]`;
    const shape = shapeOf(e.catalogue.slug, e.catalogue.version);
    const criterionSection = new Map(
      [...shape.sections].flatMap(([s, keys]) => [...keys].map((k) => [k, s] as const)),
    );
    e.sections.forEach((s, j) =>
      need(
        shape.sections.has(s.sectionKey),
        `${at}.sections[${j}].sectionKey`,
        `not a section of ${e.catalogue.slug} ${e.catalogue.version}`,
      ),
    );
    e.scores.forEach((s, j) => {
      const section = criterionSection.get(s.criterionKey);
      need(
        section !== undefined,
        `${at}.scores[${j}].criterionKey`,
        `not a criterion of ${e.catalogue.slug} ${e.catalogue.version}`,
      );
      need(
        section === undefined || section === s.sectionKey,
        `${at}.scores[${j}].sectionKey`,
        `the criterion belongs to section ${section}`,
      );
      need(
        s.value === null || s.value <= shape.max,
        `${at}.scores[${j}].value`,
        `above the scale's maximum (${shape.max})`,
      );
    });
    e.agreed.forEach((a, j) => {
      need(
        criterionSection.has(a.criterionKey),
        `${at}.agreed[${j}].criterionKey`,
        `not a criterion of ${e.catalogue.slug} ${e.catalogue.version}`,
      );
      need(
        a.value === null || a.value <= shape.max,
        `${at}.agreed[${j}].value`,
        `above the scale's maximum (${shape.max})`,
      );
    });
  });
  return issues;
}
