"use client";

import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from "react";

/**
 * Renders `children` once this box comes within `margin` of the window, and from then on.
 * A chart drawing (recharts, loaded with next/dynamic) below the fold is then neither
 * downloaded nor rendered while the page loads; the box keeps the drawing's final size meanwhile
 * (`reserve`: the size to hold until then, when the parent does not fix it).
 */
export function NearViewport({
  children,
  margin = "200px",
  reserve,
}: {
  children: ReactNode;
  margin?: string;
  reserve?: CSSProperties;
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
    <div ref={box} className="size-full" style={near ? undefined : reserve}>
      {near ? children : null}
    </div>
  );
}
