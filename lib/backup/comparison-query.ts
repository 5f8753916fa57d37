import { parseViewState, serializeViewState } from "../compare/view-state";

/**
 * A saved comparison's query names evaluations (selection, sort column, hidden columns) and
 * possibly a workspace profile by id. Backup and restore rewrite those through a map (id → ref,
 * then ref → new id); anything the map does not know is dropped, presets are kept as they are.
 */
export function remapComparisonQuery(
  query: string,
  evaluations: ReadonlyMap<string, string>,
  profiles: ReadonlyMap<string, string>,
): string {
  const view = parseViewState(new URLSearchParams(query.replace(/^\?/, "")));
  const ev = (ids: string[]) => ids.flatMap((id) => (evaluations.has(id) ? [evaluations.get(id)!] : []));
  return serializeViewState({
    ...view,
    evaluations: ev(view.evaluations),
    hidden: ev(view.hidden),
    sortBy: view.sortBy ? (evaluations.get(view.sortBy) ?? "") : "",
    profile: profiles.get(view.profile) ?? view.profile,
  });
}
