import { observeElementRect, type Virtualizer } from "@tanstack/react-virtual";

/**
 * Options for TanStack Virtual that never read layout while React commits. Its defaults read the
 * scroller's size and each row's height synchronously (from a layout effect and from the rows'
 * ref callbacks), which forces the browser to style and lay out the whole freshly streamed page
 * inside the hydration task — the largest part of the compare page's blocking time on a phone.
 * Here both sizes come from a ResizeObserver, which reports after the browser's own layout, and
 * the first render assumes `INITIAL_RECT` (the same on the server and in the browser, so
 * hydration matches and the server's HTML already holds the rows a first screen shows).
 */
export const INITIAL_RECT = { width: 0, height: 600 };

type V = Virtualizer<HTMLDivElement, Element>;

/** The scroller's size, from a ResizeObserver only (its first report comes after layout). */
export function observeRectAfterLayout(instance: V, cb: (rect: { width: number; height: number }) => void) {
  const element = instance.scrollElement;
  const ResizeObserver = instance.targetWindow?.ResizeObserver;
  if (!element || !ResizeObserver) return observeElementRect(instance, cb);
  const observer = new ResizeObserver(() => cb({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element, { box: "content-box" });
  return () => observer.disconnect();
}

/** A row's height from its ResizeObserver entry; until one arrives, what is known or estimated. */
export function measureFromObserver(element: Element, entry: ResizeObserverEntry | undefined, instance: V) {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
  );
}
