import { CompareHeader } from "@/components/compare/compare-header";

/*
 * Shown at once while a new selection loads (a server render of every score involved): the
 * picker submits through next/form, which navigates in the app and shows this boundary.
 * It sits on this segment only — a root loading boundary would stream a 200 before a 404.
 * Its header is the page's own (see CompareHeader). Its blocks have the sizes of what replaces
 * them (intro, downloads, settings, ranking, the table at 70vh), so nothing below them (the
 * footer) is pushed down when the page streams in.
 */
const block = "animate-pulse rounded-lg bg-surface-2";

export default function Loading() {
  return (
    <div className="grid gap-6" aria-busy="true">
      <CompareHeader />
      <p role="status" className={`flex h-9 w-2/3 items-center px-3 text-sm text-muted ${block}`}>
        Loading the comparison…
      </p>
      <div className={`h-64 lg:h-40 ${block}`} />
      <div className={`h-72 lg:h-40 ${block}`} />
      <div className={`h-[70vh] ${block}`} />
    </div>
  );
}
