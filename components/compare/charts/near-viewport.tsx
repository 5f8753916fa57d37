"use client";

import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from "react";

/**
 * Renders `children` once this box comes within `margin` of the window, and from then on.
 * A chart drawing (recharts, loaded with next/dynamic) below the fold is then neither
 * downloaded nor rendered while the page loads; the box keeps the drawing's final size meanwhile
 * (`reserve`: the size to hold until then, when the parent does not fix it).
 *
 * `holdReserve` keeps `reserve` (a minimum size) after the box comes near too: a child loaded
 * with next/dynamic renders nothing until its code arrives, and without it the box would
 * collapse and then grow, pushing everything below it twice (a layout shift CI measured).
 */
export function NearViewport({
  children,
  margin = "200px",
  reserve,
  holdReserve = false,
}: {
  children: ReactNode;
  margin?: string;
  reserve?: CSSProperties;
  holdReserve?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || near) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [near, margin]);
  return (
    <div ref={box} className="size-full" style={near && !holdReserve ? undefined : reserve}>
      {near ? children : null}
    </div>
  );
}
