import { clsx, type ClassValue } from "clsx";
import { createTailwindMerge, validators } from "tailwind-merge";

const any = [validators.isAny];
const sides = (p: string) => [p, `${p}x`, `${p}y`, `${p}t`, `${p}r`, `${p}b`, `${p}l`];

/**
 * tailwind-merge with only the class groups our primitives set, so a caller's `className` can
 * override them (`px-3.5` then `px-2` gives `px-2`); other classes pass through untouched. The
 * full default config weighs ~8 KB gzipped in every client bundle and pushed the compare page
 * over its 200 KB JavaScript budget (e2e/light.spec.ts).
 */
const merge = createTailwindMerge(() => ({
  cacheSize: 500,
  theme: {},
  classGroups: {
    display: ["block", "inline-block", "inline", "flex", "inline-flex", "grid", "hidden"],
    "align-items": [{ items: ["start", "end", "center", "baseline", "stretch"] }],
    "justify-content": [{ justify: ["start", "end", "center", "between"] }],
    gap: [{ gap: any }],
    rounded: [{ rounded: ["", "none", "sm", "md", "lg", "full"] }],
    "font-size": [{ text: ["xs", "sm", "base", "lg", "xl", "2xl", "3xl"] }],
    "text-color": [{ text: any }],
    "font-weight": [{ font: ["normal", "medium", "semibold", "bold"] }],
    tracking: [{ tracking: any }],
    h: [{ h: any }],
    w: [{ w: any }],
    ...Object.fromEntries(sides("p").map((g) => [g, [{ [g]: any }]])),
    ...Object.fromEntries(sides("m").map((g) => [g, [{ [g]: any }]])),
    bg: [{ bg: any }],
    "border-w": [{ border: ["", "0", "2", "4"] }],
    "border-color": [{ border: any }],
    opacity: [{ opacity: any }],
  },
  conflictingClassGroups: {
    p: sides("p").slice(1),
    px: ["pr", "pl"],
    py: ["pt", "pb"],
    m: sides("m").slice(1),
    mx: ["mr", "ml"],
    my: ["mt", "mb"],
  },
  conflictingClassGroupModifiers: {},
  orderSensitiveModifiers: [],
}));

/** Joins class names; of two conflicting ones the later wins, so callers can override defaults. */
export function cn(...inputs: ClassValue[]) {
  return merge(clsx(inputs));
}
