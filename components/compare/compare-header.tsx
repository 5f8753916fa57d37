import { PageHeader } from "../ui/page-header";

/**
 * The compare page's header, shared with its loading state: a direct load shows the loading
 * state first and swaps the page in when its data has streamed, so a header that differed
 * between the two (it said "Loading…") was repainted larger a moment later. The browser then
 * reported that later paint, after the scripts had run, as the page's largest paint (LCP);
 * the same header in both keeps the largest paint at the first one.
 */
export function CompareHeader() {
  return (
    <PageHeader title="Compare frameworks">
      Consensus scores side by side. Everything you change here is kept in the address: copy it to share
      exactly this view with a colleague.
    </PageHeader>
  );
}
