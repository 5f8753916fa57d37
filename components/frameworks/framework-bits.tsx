import { Badge } from "../ui/badge";
import { componentTypeLabel } from "./component-types";

export function ComponentTypeBadges({ types }: { types: string[] }) {
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Component types">
      {types.map((t) => (
        <li key={t}>
          <Badge>{componentTypeLabel(t)}</Badge>
        </li>
      ))}
    </ul>
  );
}

/** Host and path only: the scheme is always http(s) and adds width, not information. */
function shortUrl(url: string) {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname === "/" ? "" : u.pathname}`;
  } catch {
    return url;
  }
}

/**
 * A link to a URL a workspace member typed in. The schema allows only http(s), so no
 * `javascript:`; noopener/noreferrer keep the other site from reaching back into this tab or
 * learning which framework page linked to it.
 */
export function ExternalLink({ href }: { href: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="break-all underline">
      {shortUrl(href)}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

export function StatusText({ archivedAt }: { archivedAt: Date | null }) {
  return archivedAt ? <Badge>Archived</Badge> : <span className="text-muted">Active</span>;
}
