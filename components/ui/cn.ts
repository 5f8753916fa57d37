import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins class names and lets the later of two conflicting Tailwind classes win, so a primitive's
 * defaults can be overridden by the caller's `className` (`px-3` then `px-2` gives `px-2`).
 */
export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
